internal import JalurJSON
internal import Yams

/// Turns a composed YAML node into the same ``JSONNode`` tree JSON residents use, resolving plain scalars by
/// the YAML 1.2 core schema (`yes`, `no`, `on`, `off` stay strings) and bounding depth and alias expansion.
struct YAMLDataTree {
    /// Why the YAML could not become a tree.
    struct Failure: Error {
        var code: String
        var message: String
        var help: String
        var position: JSONPosition
    }

    static let maxDepth = 64
    static let maxNodes = 200_000

    private var nodeCount = 0

    /// Converts `node` and everything under it.
    mutating func convert(_ node: Node, depth: Int = 0) throws(Failure) -> JSONNode {
        let position = Self.position(of: node)
        nodeCount += 1
        guard nodeCount <= Self.maxNodes else {
            throw Failure(
                code: "too-many-nodes",
                message: "the document has more than \(Self.maxNodes) values",
                help: "avoid aliases that repeat large parts of the document",
                position: position
            )
        }
        guard depth <= Self.maxDepth else {
            throw Failure(
                code: "nesting-too-deep",
                message: "nesting deeper than \(Self.maxDepth) levels",
                help: "flatten the data",
                position: position
            )
        }
        switch node {
        case .scalar(let scalar):
            return JSONNode(Self.resolve(scalar), at: position)
        case .sequence(let sequence):
            var elements: [JSONNode] = []
            for element in sequence { elements.append(try convert(element, depth: depth + 1)) }
            return JSONNode(.array(elements), at: position)
        case .mapping(let mapping):
            var members: [JSONMember] = []
            for (key, value) in mapping {
                let keyText = key.scalar?.string ?? ""
                members.append(
                    JSONMember(
                        key: keyText,
                        keyPosition: Self.position(of: key),
                        value: try convert(value, depth: depth + 1)
                    )
                )
            }
            return JSONNode(.object(members), at: position)
        case .alias:
            throw Failure(
                code: "invalid-yaml",
                message: "unresolved alias",
                help: "define the anchor first",
                position: position
            )
        }
    }

    static func position(of node: Node) -> JSONPosition {
        JSONPosition(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// Resolves a scalar by the YAML 1.2 core schema; quoted and block scalars are always strings.
    static func resolve(_ scalar: Node.Scalar) -> JSONValue {
        let text = scalar.string
        guard scalar.style == .plain || scalar.style == .any else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
        case ".nan", ".NaN", ".NAN": return .double(.nan)
        default: break
        }
        if let number = resolveNumber(text) { return number }
        return .string(text)
    }

    private static func resolveNumber(_ text: String) -> JSONValue? {
        let utf8 = Array(text.utf8)
        let body = utf8.first == UInt8(ascii: "-") || utf8.first == UInt8(ascii: "+") ? utf8.dropFirst() : utf8[...]
        guard !body.isEmpty else { return nil }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        if body.allSatisfy(isDigit) {
            let digits = text.first == "+" ? String(text.dropFirst()) : text
            if let value = Int64(digits) { return .int(value) }
            return Double(digits).map { .bigInteger($0) }
        }
        if text.hasPrefix("0x"), let value = Int64(text.dropFirst(2), radix: 16) { return .int(value) }
        if text.hasPrefix("0o"), let value = Int64(text.dropFirst(2), radix: 8) { return .int(value) }
        let allowed = body.allSatisfy {
            isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
                || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+")
        }
        guard allowed, body.contains(where: isDigit), body.first != UInt8(ascii: "e"), body.first != UInt8(ascii: "E")
        else { return nil }
        return Double(text).map { .double($0) }
    }
}
