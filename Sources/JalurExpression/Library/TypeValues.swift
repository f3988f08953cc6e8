extension Value {
    /// The CEL name of the value's type: `int`, `uint`, `double`, `bool`, `string`, `bytes`, `list`,
    /// `map`, `null_type`, `type`, `google.protobuf.Timestamp`, `google.protobuf.Duration`.
    ///
    /// A record (``Value/object(_:)``) answers its ``ObjectType/name`` (such as `resident`), as a CEL
    /// message answers its message name; an error answers `error`.
    public var typeName: String {
        switch self {
        case .null: "null_type"
        case .bool: "bool"
        case .int: "int"
        case .uint: "uint"
        case .double: "double"
        case .string: "string"
        case .bytes: "bytes"
        case .list: "list"
        case .map: "map"
        case .object(let object): object.type.name
        case .timestamp: "google.protobuf.Timestamp"
        case .duration: "google.protobuf.Duration"
        case .type: "type"
        case .error: "error"
        }
    }
}

extension Builtins {
    /// `type(x)`: the type value of `x` (see ``Value/typeName``); an error is returned unchanged.
    public static func type(_ value: Value) -> Value {
        if case .error = value { return value }
        return .type(value.typeName)
    }
}
