extension Builtins {
    /// `lhs < rhs` for numbers (mixed `int`, `uint`, `double`, compared exactly), `string` (by Unicode
    /// code points), `bytes`, `bool` (`false < true`), `timestamp` and `duration`.
    ///
    /// - Returns: a `bool`; any comparison with NaN is `false`; other types give `no such overload`.
    public static func less(_ lhs: Value, _ rhs: Value) -> Value {
        propagate(lhs, rhs)
    }

    /// `lhs <= rhs` (see ``less(_:_:)``).
    public static func lessOrEqual(_ lhs: Value, _ rhs: Value) -> Value {
        propagate(lhs, rhs)
    }

    /// `lhs > rhs` (see ``less(_:_:)``).
    public static func greater(_ lhs: Value, _ rhs: Value) -> Value {
        propagate(lhs, rhs)
    }

    /// `lhs >= rhs` (see ``less(_:_:)``).
    public static func greaterOrEqual(_ lhs: Value, _ rhs: Value) -> Value {
        propagate(lhs, rhs)
    }
}
