/// The outcome of comparing two values for CEL's ordering operators.
enum CELComparison {
    case less, equal, greater
    /// At least one side is NaN: every ordering operator answers `false`.
    case unordered
    /// The types have no ordering (`no such overload`).
    case unsupported
}

extension Value {
    /// Compares two values of an ordered type; numbers compare across `int`, `uint` and `double`.
    static func compare(_ lhs: Value, _ rhs: Value) -> CELComparison {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return order(a, b)
        case (.double(let a), .double(let b)): return a.isNaN || b.isNaN ? .unordered : order(a, b)
        case (.string(let a), .string(let b)): return orderScalars(a, b)
        case (.bool(let a), .bool(let b)): return a == b ? .equal : (a ? .greater : .less)
        case (.timestamp(let a), .timestamp(let b)): return order(a, b)
        case (.duration(let a), .duration(let b)): return order(a, b)
        case (.bytes(let a), .bytes(let b)):
            return a == b ? .equal : (a.lexicographicallyPrecedes(b) ? .less : .greater)
        case (.int, .uint), (.int, .double), (.uint, .int), (.uint, .uint), (.uint, .double), (.double, .int),
            (.double, .uint):
            return compareNumbers(lhs, rhs)
        default: return .unsupported
        }
    }

    /// Compares two numbers of any numeric types: integers exactly, an integer with a double as in cel-go.
    static func compareNumbers(_ lhs: Value, _ rhs: Value) -> CELComparison {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return order(a, b)
        case (.uint(let a), .uint(let b)): return order(a, b)
        case (.double(let a), .double(let b)): return a.isNaN || b.isNaN ? .unordered : order(a, b)
        case (.int(let a), .uint(let b)): return a < 0 ? .less : order(UInt64(a), b)
        case (.uint(let a), .int(let b)): return b < 0 ? .greater : order(a, UInt64(b))
        case (.int(let a), .double(let b)): return compare(a, b)
        case (.uint(let a), .double(let b)): return compare(a, b)
        case (.double(let a), .int(let b)): return compare(b, a).reversed
        case (.double(let a), .uint(let b)): return compare(b, a).reversed
        default: return .unsupported
        }
    }

    @inline(__always)
    private static func order<T: Comparable>(_ a: T, _ b: T) -> CELComparison {
        a < b ? .less : (a == b ? .equal : .greater)
    }

    /// Code-point order, which is the order of UTF-8 bytes.
    private static func orderScalars(_ a: String, _ b: String) -> CELComparison {
        let order = a.compareScalars(with: b)
        return order < 0 ? .less : (order == 0 ? .equal : .greater)
    }

    /// Compares an integer with a double as cel-go and the CEL conformance suite do: a double beyond the
    /// integer type's range decides alone, otherwise the integer is converted to the nearest double (so
    /// `9223372036854775807 == 9223372036854775808.0` and `9007199254740993 == 9007199254740992.0`).
    private static func compare<I: FixedWidthInteger>(_ a: I, _ b: Double) -> CELComparison {
        if b.isNaN { return .unordered }
        if b < Double(I.min) { return .greater }
        if b > Double(I.max) { return .less }
        return order(Double(a), b)
    }
}

extension CELComparison {
    fileprivate var reversed: CELComparison {
        switch self {
        case .less: .greater
        case .greater: .less
        default: self
        }
    }
}

extension Builtins {
    /// `lhs < rhs` for numbers (mixed `int`, `uint`, `double`; see ``Value/celEquals(_:)``), `string` (by Unicode
    /// code points), `bytes`, `bool` (`false < true`), `timestamp` and `duration`.
    ///
    /// - Returns: a `bool`; any comparison with NaN is `false`; other types give `no such overload`.
    public static func less(_ lhs: Value, _ rhs: Value) -> Value {
        ordering(lhs, rhs) { $0 == .less }
    }

    /// `lhs <= rhs` (see ``less(_:_:)``).
    public static func lessOrEqual(_ lhs: Value, _ rhs: Value) -> Value {
        ordering(lhs, rhs) { $0 == .less || $0 == .equal }
    }

    /// `lhs > rhs` (see ``less(_:_:)``).
    public static func greater(_ lhs: Value, _ rhs: Value) -> Value {
        ordering(lhs, rhs) { $0 == .greater }
    }

    /// `lhs >= rhs` (see ``less(_:_:)``).
    public static func greaterOrEqual(_ lhs: Value, _ rhs: Value) -> Value {
        ordering(lhs, rhs) { $0 == .greater || $0 == .equal }
    }

    @inline(__always)
    private static func ordering(_ lhs: Value, _ rhs: Value, _ accept: (CELComparison) -> Bool) -> Value {
        switch Value.compare(lhs, rhs) {
        case .unsupported: propagate(lhs, rhs)
        case .unordered: .bool(false)
        case let result: .bool(accept(result))
        }
    }
}
