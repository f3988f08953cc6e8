import Foundation
import JalurDiagnostics
import JalurModel
internal import Yams

/// Turns YAML text into ``RawNode`` trees with Yams, the only place the loader touches Yams types.
///
/// Scalars are not resolved by Yams (`Resolver.basic`): ``RawNode`` applies the YAML 1.2 core schema itself,
/// so `yes` and `on` stay strings.
struct YAMLComposer {
    let source: SourceText
    let diagnostics: DiagnosticCollector
    private var nodeCount = 0

    init(source: SourceText, diagnostics: DiagnosticCollector) {
        self.source = source
        self.diagnostics = diagnostics
    }

    /// Every document of the text, stopping at the first YAML error or limit reached.
    mutating func documents() -> [RawNode] {
        if let (line, column) = NestingScan.firstTooDeep(in: source.text, limit: LoaderLimits.maxDepth) {
            reportTooDeep(at: source.location(line: line, column: column))
            return []
        }
        var documents: [RawNode] = []
        do {
            let parser = try Parser(yaml: source.text, resolver: .basic, constructor: .default, encoding: .utf8)
            while let root = try parser.nextRoot() {
                guard let node = convert(root, depth: 1, fallback: source.location(line: 1, column: 1)) else {
                    return documents
                }
                documents.append(node)
            }
        } catch let error as YamlError {
            YAMLErrorReport(source: source, diagnostics: diagnostics).report(error)
        } catch {
            diagnostics.error(
                "yaml-syntax", "cannot read the YAML: \(error)", at: source.location(line: 1, column: 1),
                help: "fix the YAML syntax"
            )
        }
        return documents
    }

    /// Copies a Yams node, expanding aliases, within the node and depth limits; `nil` once a limit is hit.
    private mutating func convert(_ node: Node, depth: Int, fallback: SourceLocation) -> RawNode? {
        let location = node.mark.map { source.location(line: $0.line, column: $0.column) } ?? fallback
        nodeCount += 1
        guard nodeCount <= LoaderLimits.maxNodes else {
            diagnostics.error(
                "too-many-nodes",
                "the file expands to more than \(LoaderLimits.maxNodes) YAML nodes",
                at: location,
                help: "split the file, or stop reusing large anchors through aliases ('*name')"
            )
            return nil
        }
        guard depth <= LoaderLimits.maxDepth else {
            reportTooDeep(at: location)
            return nil
        }
        switch node {
        case .scalar(let scalar):
            return RawNode(.scalar(scalar.string, Self.style(scalar.style)), at: location, tag: Self.tag(of: node))
        case .sequence(let sequence):
            var items: [RawNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                guard let raw = convert(item, depth: depth + 1, fallback: location) else { return nil }
                items.append(raw)
            }
            return RawNode(.sequence(items), at: location, tag: Self.tag(of: node))
        case .mapping(let mapping):
            var pairs: [RawPair] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard let rawKey = convert(key, depth: depth + 1, fallback: location),
                    let rawValue = convert(value, depth: depth + 1, fallback: rawKey.location)
                else { return nil }
                pairs.append(RawPair(key: rawKey, value: rawValue))
            }
            return RawNode(.mapping(pairs), at: location, tag: Self.tag(of: node))
        case .alias:
            return RawNode(.scalar("", .plain), at: location)
        }
    }

    private func reportTooDeep(at location: SourceLocation) {
        diagnostics.error(
            "nesting-too-deep",
            "the YAML nests more than \(LoaderLimits.maxDepth) levels deep",
            at: location,
            help: "flatten the structure; no jalur document needs more than a few levels"
        )
    }

    private static func style(_ style: Node.Scalar.Style) -> RawScalarStyle {
        switch style {
        case .singleQuoted: return .singleQuoted
        case .doubleQuoted: return .doubleQuoted
        case .literal: return .literal
        case .folded: return .folded
        case .any, .plain: return .plain
        }
    }

    /// The explicit tag, or `nil` for an implicit one (including the `!!str` Yams gives quoted scalars).
    private static func tag(of node: Node) -> String? {
        let name: String
        switch node {
        case .scalar(let scalar):
            if scalar.style != .plain { return nil }
            name = scalar.tag.rawValue
        case .sequence(let sequence): name = sequence.tag.rawValue
        case .mapping(let mapping): name = mapping.tag.rawValue
        case .alias: return nil
        }
        return name.isEmpty || name == "?" || name == "!" ? nil : name
    }
}
