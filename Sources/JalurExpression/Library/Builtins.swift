/// The operators and functions of the condition language, as pure functions on ``Value``.
///
/// Every operation the compiled expression performs on values is one of these static functions:
/// `Builtins.add(a, b)`, `Builtins.less(a, b)`, `Builtins.size(x)`, `Builtins.int(x)`,
/// `Builtins.getter(.fullYear, of: t, timeZone: z)` and so on. They follow CEL's semantics, never throw
/// and never trap: a failure is a ``Value/error(_:)`` value. An error argument is returned unchanged
/// (the first one, left to right), so errors propagate as CEL requires.
///
/// Helpers that answer plain Swift values live on ``Value`` itself:
/// ``Value/celEquals(_:)``, ``Value/celLiteral``, ``Value/jsonText`` and ``Value/typeName``.
public enum Builtins {}

extension EvalError {
    /// `no such overload`: an operator or function applied to argument types it does not accept.
    static let noSuchOverload = EvalError("no such overload")
    /// `integer overflow`: an `int` result outside the 64-bit range.
    static let integerOverflow = EvalError("integer overflow")
    /// `unsigned integer overflow`: a `uint` result outside 0...2⁶⁴−1.
    static let unsignedOverflow = EvalError("unsigned integer overflow")
    /// `division by zero`.
    static let divisionByZero = EvalError("division by zero")
    /// `modulus by zero`.
    static let modulusByZero = EvalError("modulus by zero")
    /// `timestamp out of range`: outside 0001-01-01T00:00:00Z...9999-12-31T23:59:59.999999999Z.
    static let timestampOutOfRange = EvalError("timestamp out of range")
    /// `duration out of range`: beyond 64-bit nanoseconds, about 292 years either way.
    static let durationOutOfRange = EvalError("duration out of range")
}
