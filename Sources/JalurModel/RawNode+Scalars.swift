extension RawNode {
    /// The YAML 1.2 core-schema tag of an explicit tag or a plain scalar.
    private static let stringTag = "tag:yaml.org,2002:str"

    /// Whether `scalar` may appear in a plain decimal number.
    private static func isNumberScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "." || scalar == "e"
            || scalar == "E"
    }

    /// The scalar's text and style, or `nil` for a sequence or mapping.
    public var scalar: (text: String, style: RawScalarStyle)? {
        if case .scalar(let text, let style) = content { return (text, style) }
        return nil
    }

    /// The sequence's items, or `nil` for another kind of node.
    public var items: [RawNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The mapping's pairs, or `nil` for another kind of node.
    public var pairs: [RawPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The text of a plain scalar without an explicit tag: the only kind of scalar that may be a bool,
    /// a number or null under the YAML 1.2 core schema.
    private var untaggedPlainText: String? {
        guard tag == nil, case .scalar(let text, .plain) = content else { return nil }
        return text
    }

    /// Whether this is `null`, `Null`, `NULL`, `~` or an empty plain scalar (YAML 1.2 core schema).
    public var isNull: Bool {
        guard let text = untaggedPlainText else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// `true` or `false` (also `True`, `TRUE`, `False`, `FALSE`); `yes`, `no`, `on` and `off` are strings.
    public var bool: Bool? {
        switch untaggedPlainText {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// A plain decimal, `0o` octal or `0x` hexadecimal integer that fits 64 bits.
    public var int: Int? {
        guard let text = untaggedPlainText, !text.isEmpty else { return nil }
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// A plain number (an integer or a decimal such as `1.5`, `1e3`, `.inf`).
    public var double: Double? {
        if let int { return Double(int) }
        guard let text = untaggedPlainText else { return nil }
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        guard !text.isEmpty, text.unicodeScalars.allSatisfy(Self.isNumberScalar), text.contains(where: \.isNumber)
        else {
            return nil
        }
        return Double(text)
    }

    /// The text of a scalar that is a string under the core schema: quoted, block, explicitly tagged `!!str`,
    /// or plain and neither null, bool nor number.
    public var string: String? {
        guard case .scalar(let text, _) = content else { return nil }
        if tag == Self.stringTag || untaggedPlainText == nil { return text }
        if isNull || bool != nil || double != nil { return nil }
        return text
    }

    /// A short name of the node's kind for messages, such as `a string`, `an int` or `a list`.
    public var kindDescription: String {
        switch content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar:
            if isNull { return "null" }
            if bool != nil { return "a bool" }
            if int != nil { return "an int" }
            if double != nil { return "a number" }
            return "a string"
        }
    }
}
