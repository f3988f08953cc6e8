/// A JSON value with the position of every node, as read by ``JSONParser``.
///
/// Objects keep their members in the order written, duplicates included, so that callers can report them.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// An integer literal that fits in 64 bits.
    case int(Int64)
    /// A number with a fraction or an exponent.
    case double(Double)
    /// An integer literal beyond the 64-bit range, kept as its nearest double.
    case bigInteger(Double)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])

    /// A short name of the value's kind for messages: `null`, `bool`, `int`, `double`, `string`, `list`, `object`.
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .int, .bigInteger: "int"
        case .double: "double"
        case .string: "string"
        case .array: "list"
        case .object: "object"
        }
    }
}

/// A position in a text: 1-based line and column.
///
/// ``JSONParser`` counts columns in bytes of UTF-8; use ``JSONLineIndex`` to turn them into Unicode scalars.
public struct JSONPosition: Hashable, Sendable {
    /// The 1-based line.
    public var line: Int32
    /// The 1-based column.
    public var column: Int32

    /// Creates a position; both are 1-based.
    public init(line: Int, column: Int) {
        self.line = Int32(truncatingIfNeeded: line)
        self.column = Int32(truncatingIfNeeded: column)
    }
}

/// One node of a JSON document: a value and where it starts.
public struct JSONNode: Sendable {
    /// The value.
    public var value: JSONValue
    /// Where the value starts.
    public var position: JSONPosition

    /// Creates a node.
    public init(_ value: JSONValue, at position: JSONPosition) {
        self.value = value
        self.position = position
    }
}

/// One member of a JSON object: key, where the key starts, and value.
public struct JSONMember: Sendable {
    /// The key.
    public var key: String
    /// Where the key starts (its opening quote).
    public var keyPosition: JSONPosition
    /// The value.
    public var value: JSONNode

    /// Creates a member.
    public init(key: String, keyPosition: JSONPosition, value: JSONNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
