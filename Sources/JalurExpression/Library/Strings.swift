extension Builtins {
    /// `s.contains(sub)` on strings.
    public static func contains(_ string: Value, _ substring: Value) -> Value {
        guard case .string(let s) = string, case .string(let sub) = substring else {
            return propagate(string, substring)
        }
        return .bool(sub.isEmpty || s.contains(sub))
    }

    /// `s.startsWith(prefix)` on strings.
    public static func startsWith(_ string: Value, _ prefix: Value) -> Value {
        guard case .string(let s) = string, case .string(let p) = prefix else {
            return propagate(string, prefix)
        }
        return .bool(s.unicodeScalars.starts(with: p.unicodeScalars))
    }

    /// `s.endsWith(suffix)` on strings.
    public static func endsWith(_ string: Value, _ suffix: Value) -> Value {
        guard case .string(let s) = string, case .string(let p) = suffix else {
            return propagate(string, suffix)
        }
        return .bool(s.unicodeScalars.reversed().starts(with: p.unicodeScalars.reversed()))
    }
}
