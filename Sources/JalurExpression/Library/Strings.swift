extension Builtins {
    /// `s.contains(sub)`: whether `sub`'s code points occur consecutively in `s`.
    public static func contains(_ string: Value, _ substring: Value) -> Value {
        guard case .string(let s) = string, case .string(let sub) = substring else {
            return propagate(string, substring)
        }
        return .bool(s.containsScalars(of: sub))
    }

    /// `s.startsWith(prefix)`, comparing code points.
    public static func startsWith(_ string: Value, _ prefix: Value) -> Value {
        guard case .string(let s) = string, case .string(let p) = prefix else {
            return propagate(string, prefix)
        }
        return .bool(s.hasScalarPrefix(p))
    }

    /// `s.endsWith(suffix)`, comparing code points.
    public static func endsWith(_ string: Value, _ suffix: Value) -> Value {
        guard case .string(let s) = string, case .string(let p) = suffix else {
            return propagate(string, suffix)
        }
        return .bool(s.hasScalarSuffix(p))
    }
}
