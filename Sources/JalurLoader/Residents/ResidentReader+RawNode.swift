import JalurDiagnostics
import JalurJSON
public import JalurModel

extension ResidentReader {
    /// The deepest raw tree accepted for an embedded resident (the same bound as YAML resident files).
    static let maxRawDepth = 64

    /// Decodes a resident written inside another YAML document (a test's `resident:`), keeping its positions.
    ///
    /// Scalars are resolved by the YAML 1.2 core schema, as in resident files: `yes`, `no`, `on` and `off`
    /// stay strings, and quoted scalars are always strings.
    ///
    /// - Parameter root: The resident's node, with the file and positions it was read from.
    /// - Returns: The resident when it is valid, and every problem found, located in the document's file.
    public func decode(raw root: RawNode) -> ResidentReadResult {
        let file = root.location.file
        guard let tree = Self.jsonNode(root, depth: 0) else {
            let location = root.location
            let diagnostic = Diagnostic(
                code: "nesting-too-deep",
                severity: .error,
                message: "nesting deeper than \(Self.maxRawDepth) levels",
                location: location,
                help: "flatten the data"
            )
            return ResidentReadResult(resident: nil, diagnostics: [diagnostic], source: location)
        }
        return decode(tree, file: file)
    }

    private static func jsonNode(_ node: RawNode, depth: Int) -> JSONNode? {
        guard depth <= maxRawDepth else { return nil }
        let position = JSONPosition(line: node.location.line, column: node.location.column)
        switch node.content {
        case .scalar(let text, _):
            return JSONNode(scalarValue(node, text: text), at: position)
        case .sequence(let items):
            var elements: [JSONNode] = []
            for item in items {
                guard let element = jsonNode(item, depth: depth + 1) else { return nil }
                elements.append(element)
            }
            return JSONNode(.array(elements), at: position)
        case .mapping(let pairs):
            var members: [JSONMember] = []
            for pair in pairs {
                guard let value = jsonNode(pair.value, depth: depth + 1) else { return nil }
                let keyPosition = JSONPosition(line: pair.key.location.line, column: pair.key.location.column)
                members.append(JSONMember(key: pair.key.scalar?.text ?? "", keyPosition: keyPosition, value: value))
            }
            return JSONNode(.object(members), at: position)
        }
    }

    private static func scalarValue(_ node: RawNode, text: String) -> JSONValue {
        if let string = node.string { return .string(string) }
        if node.isNull { return .null }
        if let bool = node.bool { return .bool(bool) }
        if let int = node.int { return .int(Int64(int)) }
        if let double = node.double {
            let isWhole = text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }
            return isWhole ? .bigInteger(double) : .double(double)
        }
        return .string(text)
    }
}
