extension ExprType: CustomStringConvertible {
    /// The CEL spelling of the type, for messages: `int`, `list(string)`, `map(string, int)`.
    public var description: String {
        switch self {
        case .dyn: "dyn"
        case .null: "null_type"
        case .bool: "bool"
        case .int: "int"
        case .uint: "uint"
        case .double: "double"
        case .string: "string"
        case .bytes: "bytes"
        case .timestamp: "timestamp"
        case .duration: "duration"
        case .type: "type"
        case .enumeration(let enumeration): "enum \(enumeration.name)"
        case .list(let element): "list(\(element))"
        case .map(let key, let value): "map(\(key), \(value))"
        case .object(let object): object.name
        }
    }
}

extension ExprType {
    /// `int`, `uint` or `double`.
    var isNumeric: Bool {
        switch self {
        case .int, .uint, .double: true
        default: false
        }
    }

    var isDyn: Bool { self == .dyn }

    /// The type with enumerations seen as plain strings.
    var erasingEnumeration: ExprType {
        if case .enumeration = self { return .string }
        return self
    }

    /// Whether values of the two types can be compared with `==` (numbers compare across kinds).
    func isEquatable(with other: ExprType) -> Bool {
        let (lhs, rhs) = (erasingEnumeration, other.erasingEnumeration)
        switch (lhs, rhs) {
        case (.dyn, _), (_, .dyn), (.null, _), (_, .null): return true
        case (.list(let a), .list(let b)): return a.isEquatable(with: b)
        case (.map(let k1, let v1), .map(let k2, let v2)): return k1.isEquatable(with: k2) && v1.isEquatable(with: v2)
        default: return lhs == rhs || (lhs.isNumeric && rhs.isNumeric)
        }
    }

    /// The common type of two branches or elements: the type itself when equal, otherwise `dyn`.
    func joined(with other: ExprType) -> ExprType {
        if self == other { return self }
        if erasingEnumeration == .string && other.erasingEnumeration == .string { return .string }
        return .dyn
    }
}
