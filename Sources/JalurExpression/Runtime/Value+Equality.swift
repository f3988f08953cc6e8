extension Value {
    /// Whether two values are equal under CEL's `==`.
    ///
    /// Numbers compare by mathematical value across `int`, `uint` and `double` (`1 == 1u == 1.0`);
    /// NaN equals nothing; lists compare element-wise and maps entry-wise, ignoring order; values of
    /// different types are unequal; type values compare by name. Errors are never equal to anything:
    /// callers that must propagate errors use ``Builtins/equal(_:_:)``.
    public func celEquals(_ other: Value) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.uint(let a), .uint(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.bytes(let a), .bytes(let b)): return a == b
        case (.timestamp(let a), .timestamp(let b)): return a == b
        case (.duration(let a), .duration(let b)): return a == b
        case (.type(let a), .type(let b)): return a == b
        default: return false
        }
    }
}

extension Builtins {
    /// `lhs == rhs` (see ``Value/celEquals(_:)``); an error argument is returned unchanged.
    public static func equal(_ lhs: Value, _ rhs: Value) -> Value {
        if case .error = lhs { return lhs }
        if case .error = rhs { return rhs }
        return .bool(lhs.celEquals(rhs))
    }

    /// `lhs != rhs`; an error argument is returned unchanged.
    public static func notEqual(_ lhs: Value, _ rhs: Value) -> Value {
        if case .error = lhs { return lhs }
        if case .error = rhs { return rhs }
        return .bool(!lhs.celEquals(rhs))
    }
}
