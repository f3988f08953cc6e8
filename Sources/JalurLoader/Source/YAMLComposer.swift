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
    /// Converted anchored nodes by their `Anchor` instance.
    private var anchored: [ObjectIdentifier: Converted] = [:]

    /// A converted subtree with its node count and height.
    private struct Converted {
        let node: RawNode
        let count: Int
        let height: Int
    }

    /// The most nodes the file may expand to: ``LoaderLimits/maxNodes``, lowered only by tests.
    let nodeLimit: Int

    init(source: SourceText, diagnostics: DiagnosticCollector, nodeLimit: Int = LoaderLimits.maxNodes) {
        self.source = source
        self.diagnostics = diagnostics
        self.nodeLimit = nodeLimit
    }

    /// Every document of the text, stopping at the first YAML error or limit reached.
    mutating func documents() -> [RawNode] {
        let scan = NestingScan.firstProblem(
            in: source.text,
            limit: LoaderLimits.maxDepth,
            nodeLimit: nodeLimit
        )
        switch scan {
        case .structure(.tooDeep(let position)):
            reportTooDeep(at: source.location(line: position.line, column: position.column))
            return []
        case .structure(.complexKey(let position)):
            diagnostics.error(
                "complex-key",
                "a mapping key must be a plain name, not an alias, a list, a mapping or a '?' key",
                at: source.location(line: position.line, column: position.column),
                help: "write the key as a name such as 'id'"
            )
            return []
        case .tooManyNodes(let position):
            reportTooManyNodes(at: source.location(line: position.line, column: position.column))
            return []
        case nil:
            break
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
                "yaml-syntax",
                "cannot read the YAML: \(error)",
                at: source.location(line: 1, column: 1),
                help: "fix the YAML syntax"
            )
        }
        return documents
    }

    /// Copies a Yams node, expanding aliases, within the node and depth limits; `nil` once a limit is hit.
    ///
    /// Yams gives an alias a copy of its anchored node, carrying the same `Anchor` instance; converted anchored
    /// nodes are remembered with their size and height, so an alias costs O(1) however large its expansion, yet
    /// counts in full against ``LoaderLimits/maxNodes``.
    private mutating func convert(_ node: Node, depth: Int, fallback: SourceLocation) -> RawNode? {
        convertCounting(node, depth: depth, fallback: fallback)?.node
    }

    private mutating func convertCounting(_ node: Node, depth: Int, fallback: SourceLocation) -> Converted? {
        let location = node.mark.map { source.location(line: $0.line, column: $0.column) } ?? fallback
        let anchor = node.anchor.map(ObjectIdentifier.init)
        if let anchor, let known = anchored[anchor] {
            // An alias: its node carries the anchor's position, so problems are reported at the parent.
            return admit(known, depth: depth, at: fallback) ? known : nil
        }
        let countBefore = nodeCount
        guard let converted = convertContent(node, depth: depth, location: location) else { return nil }
        if let anchor {
            anchored[anchor] = Converted(node: converted.node, count: nodeCount - countBefore, height: converted.height)
        }
        return converted
    }

    /// Counts an already converted subtree against the limits.
    private mutating func admit(_ known: Converted, depth: Int, at location: SourceLocation) -> Bool {
        nodeCount += known.count
        guard nodeCount <= nodeLimit else {
            reportTooManyNodes(at: location)
            return false
        }
        guard depth + known.height - 1 <= LoaderLimits.maxDepth else {
            reportTooDeep(at: location)
            return false
        }
        return true
    }

    private mutating func convertContent(_ node: Node, depth: Int, location: SourceLocation) -> Converted? {
        nodeCount += 1
        guard nodeCount <= nodeLimit else {
            reportTooManyNodes(at: location)
            return nil
        }
        guard depth <= LoaderLimits.maxDepth else {
            reportTooDeep(at: location)
            return nil
        }
        var height = 0
        let content: RawNode.Content
        switch node {
        case .scalar(let scalar):
            content = .scalar(scalar.string, Self.style(scalar.style))
        case .sequence(let sequence):
            var items: [RawNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                guard let raw = convertCounting(item, depth: depth + 1, fallback: location) else { return nil }
                items.append(raw.node)
                height = max(height, raw.height)
            }
            content = .sequence(items)
        case .mapping(let mapping):
            var pairs: [RawPair] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard let rawKey = convertCounting(key, depth: depth + 1, fallback: location),
                    let rawValue = convertCounting(value, depth: depth + 1, fallback: rawKey.node.location)
                else { return nil }
                pairs.append(RawPair(key: rawKey.node, value: rawValue.node))
                height = max(height, rawKey.height, rawValue.height)
            }
            content = .mapping(pairs)
        case .alias:
            content = .scalar("", .plain)
        }
        return Converted(node: RawNode(content, at: location, tag: Self.tag(of: node)), count: 1, height: height + 1)
    }

    private func reportTooManyNodes(at location: SourceLocation) {
        diagnostics.error(
            "too-many-nodes",
            "the file expands to more than \(nodeLimit) YAML nodes",
            at: location,
            help: "split the file, or stop reusing large anchors through aliases ('*name')"
        )
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
