/// The operators and functions of the condition language, as pure functions on ``Value``.
///
/// Every operation the compiled expression performs on values is one of these static functions. They follow
/// CEL's semantics (cel-go and the CEL conformance suite where the two differ from the prose spec), never
/// throw and never trap: a failure is a ``Value/error(_:)`` value. An error argument is returned unchanged
/// (the first one, left to right), so errors propagate as CEL requires; `&&`, `||` and `?:` are the
/// compiler's, since they absorb errors.
///
/// Helpers that answer plain Swift values live on ``Value`` itself: ``Value/celEquals(_:)``,
/// ``Value/typeName``, ``Value/celLiteral`` and ``Value/jsonText``.
///
/// ## Topics
///
/// ### Arithmetic (`Value+Arithmetic.swift`)
/// - ``add(_:_:)``, ``subtract(_:_:)``, ``multiply(_:_:)``, ``divide(_:_:)``, ``remainder(_:_:)``
/// - ``negate(_:)``, ``not(_:)``
///
/// ### Comparison (`Value+Equality.swift`, `Value+Ordering.swift`)
/// - ``equal(_:_:)``, ``notEqual(_:_:)``
/// - ``less(_:_:)``, ``lessOrEqual(_:_:)``, ``greater(_:_:)``, ``greaterOrEqual(_:_:)``
///
/// ### Collections (`Library/SizeAndContainment.swift`)
/// - ``size(_:)``, ``isElement(_:of:)`` (`in`), ``index(_:_:)`` (`x[i]`)
/// - ``select(_:field:)`` (`map.field`), ``has(_:field:)`` (`has(map.field)`)
/// - ``makeList(_:)``, ``makeMap(_:)`` (literals)
///
/// ### Conversions (`Value+Conversion.swift`, `Library/TypeValues.swift`)
/// - ``int(_:)``, ``uint(_:)``, ``double(_:)``, ``string(_:)``, ``bool(_:)``, ``bytes(_:)``
/// - ``timestamp(_:)``, ``duration(_:)``, ``type(_:)``, ``dyn(_:)``
///
/// ### Strings (`Library/Strings.swift`, `Library/Regex.swift`)
/// - ``contains(_:_:)``, ``startsWith(_:_:)``, ``endsWith(_:_:)``
/// - ``matches(_:_:)-(Value,Value)`` at run time, ``matches(_:_:)-(Value,CompiledRegex)`` with a
///   ``CompiledRegex`` prepared at compile time
///
/// ### Time (`Library/Timestamps.swift`, `Library/TimeZones.swift`, `Library/Dates.swift`)
/// - ``getter(_:of:timeZone:)-(TimeField,Value,Value?)`` for `getFullYear()` … `getMilliseconds()` (see
///   ``TimeField``), with ``getter(_:of:timeZone:)-(TimeField,Value,CELTimeZone)`` for a zone resolved at
///   compile time (``CELTimeZone``)
/// - ``date(_:)``, ``daysSince(_:today:)``, ``daysUntil(_:today:)``
public enum Builtins {}

extension EvalError {
    /// `no such overload`: an operator or function applied to argument types it does not accept.
    static let noSuchOverload = EvalError("no such overload")
    /// `integer overflow`: an `int` result outside the 64-bit range.
    static let integerOverflow = EvalError("integer overflow")
    /// `unsigned integer overflow`: a `uint` result outside 0...2⁶⁴−1.
    static let unsignedOverflow = EvalError("unsigned integer overflow")
    /// `int out of range`: a conversion to `int` from a value outside the 64-bit range.
    static let intOutOfRange = EvalError("int out of range")
    /// `uint out of range`: a conversion to `uint` from a negative or too large value.
    static let uintOutOfRange = EvalError("uint out of range")
    /// `division by zero`.
    static let divisionByZero = EvalError("division by zero")
    /// `modulus by zero`.
    static let modulusByZero = EvalError("modulus by zero")
    /// `timestamp out of range`: outside 0001-01-01T00:00:00Z...9999-12-31T23:59:59.999999999Z.
    static let timestampOutOfRange = EvalError("timestamp out of range")
    /// `duration out of range`: beyond 64-bit nanoseconds, about 292 years either way.
    static let durationOutOfRange = EvalError("duration out of range")
}
