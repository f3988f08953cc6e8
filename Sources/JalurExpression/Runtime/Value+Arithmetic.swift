extension Builtins {
    /// `lhs + rhs`: numbers of one type, `string`, `bytes`, `list`, `timestamp + duration`,
    /// `duration + timestamp` and `duration + duration`.
    ///
    /// - Returns: the sum; `integer overflow`, `unsigned integer overflow`, `timestamp out of range`,
    ///   `duration out of range` or `no such overload` as an error value.
    public static func add(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? .error(.integerOverflow) : .int(sum)
        case (.uint(let a), .uint(let b)):
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? .error(.unsignedOverflow) : .uint(sum)
        case (.double(let a), .double(let b)):
            return .double(a + b)
        case (.string(let a), .string(let b)):
            return .string(a + b)
        case (.bytes(let a), .bytes(let b)):
            return .bytes(a + b)
        case (.list(let a), .list(let b)):
            return .list(a + b)
        case (.timestamp(let t), .duration(let d)), (.duration(let d), .timestamp(let t)):
            return t.adding(d).map(Value.timestamp) ?? .error(.timestampOutOfRange)
        case (.duration(let a), .duration(let b)):
            return a.adding(b).map(Value.duration) ?? .error(.durationOutOfRange)
        default:
            return propagate(lhs, rhs)
        }
    }

    /// `lhs - rhs`: numbers of one type, `timestamp - duration`, `timestamp - timestamp` (a duration)
    /// and `duration - duration`.
    public static func subtract(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? .error(.integerOverflow) : .int(difference)
        case (.uint(let a), .uint(let b)):
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? .error(.unsignedOverflow) : .uint(difference)
        case (.double(let a), .double(let b)):
            return .double(a - b)
        case (.timestamp(let t), .duration(let d)):
            return t.adding(d.negated).map(Value.timestamp) ?? .error(.timestampOutOfRange)
        case (.timestamp(let a), .timestamp(let b)):
            return a.subtracting(b).map(Value.duration) ?? .error(.durationOutOfRange)
        case (.duration(let a), .duration(let b)):
            return a.adding(b.negated).map(Value.duration) ?? .error(.durationOutOfRange)
        default:
            return propagate(lhs, rhs)
        }
    }

    /// `lhs * rhs`: numbers of one type.
    public static func multiply(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? .error(.integerOverflow) : .int(product)
        case (.uint(let a), .uint(let b)):
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? .error(.unsignedOverflow) : .uint(product)
        case (.double(let a), .double(let b)):
            return .double(a * b)
        default:
            return propagate(lhs, rhs)
        }
    }

    /// `lhs / rhs`: numbers of one type; integer division truncates toward zero.
    ///
    /// - Returns: `division by zero` for an integer divisor 0; `Int64.min / -1` is `integer overflow`;
    ///   doubles follow IEEE 754 (`1.0 / 0.0` is `+Inf`).
    public static func divide(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            if b == 0 { return .error(.divisionByZero) }
            let (quotient, overflow) = a.dividedReportingOverflow(by: b)
            return overflow ? .error(.integerOverflow) : .int(quotient)
        case (.uint(let a), .uint(let b)):
            return b == 0 ? .error(.divisionByZero) : .uint(a / b)
        case (.double(let a), .double(let b)):
            return .double(a / b)
        default:
            return propagate(lhs, rhs)
        }
    }

    /// `lhs % rhs`: `int` or `uint` of one type; the sign follows the dividend.
    ///
    /// - Returns: `modulus by zero` for a divisor 0; `Int64.min % -1` is `integer overflow`;
    ///   doubles have no `%` (`no such overload`).
    public static func remainder(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            if b == 0 { return .error(.modulusByZero) }
            let (rest, overflow) = a.remainderReportingOverflow(dividingBy: b)
            return overflow ? .error(.integerOverflow) : .int(rest)
        case (.uint(let a), .uint(let b)):
            return b == 0 ? .error(.modulusByZero) : .uint(a % b)
        default:
            return propagate(lhs, rhs)
        }
    }

    /// `-operand` for `int`, `double` and `duration`; `-Int64.min` is `integer overflow`.
    public static func negate(_ operand: Value) -> Value {
        switch operand {
        case .int(let a): a == .min ? .error(.integerOverflow) : .int(-a)
        case .double(let a): .double(-a)
        case .duration(let d): d.negated.isValid ? .duration(d.negated) : .error(.durationOutOfRange)
        case .error: operand
        default: .error(.noSuchOverload)
        }
    }

    /// `!operand` for `bool`.
    public static func not(_ operand: Value) -> Value {
        switch operand {
        case .bool(let b): .bool(!b)
        case .error: operand
        default: .error(.noSuchOverload)
        }
    }

    /// The first error among the arguments, else `no such overload`.
    @inline(__always)
    static func propagate(_ lhs: Value, _ rhs: Value) -> Value {
        if case .error = lhs { return lhs }
        if case .error = rhs { return rhs }
        return .error(.noSuchOverload)
    }
}
