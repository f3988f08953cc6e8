extension Value {
    /// The value as a CEL literal: `3`, `3u`, `2.0`, `1e+100`, `"x"`, `b"\x00"`, `[1, 2]`, `{"a": 1}`
    /// (maps in insertion order), `true`, `null`, `timestamp("2009-02-13T23:31:30Z")`, `duration("1.5s")`,
    /// type names such as `int`.
    ///
    /// An error prints as `error: <message>`, which is not a literal.
    public var celLiteral: String {
        switch self {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .uint(let u): "\(u)u"
        case .type(let name): name
        case .error(let error): "error: \(error.message)"
        default: "?"
        }
    }
}
