extension Builtins {
    /// `int(x)` from `int`, `uint`, `double` (truncated toward zero), `string` (decimal), `timestamp`
    /// (Unix seconds).
    ///
    /// - Returns: an `int`; out of range, NaN or an unparsable string is an error.
    public static func int(_ value: Value) -> Value {
        switch value {
        case .int, .error: return value
        default: return .error(.noSuchOverload)
        }
    }

    /// `uint(x)` from `int`, `uint`, `double` (truncated toward zero) and `string`.
    public static func uint(_ value: Value) -> Value {
        switch value {
        case .uint, .error: return value
        default: return .error(.noSuchOverload)
        }
    }

    /// `double(x)` from `int`, `uint`, `double` and `string`.
    public static func double(_ value: Value) -> Value {
        switch value {
        case .double, .error: return value
        default: return .error(.noSuchOverload)
        }
    }

    /// `string(x)` from `string`, `int`, `uint`, `double`, `bool`, `bytes` (UTF-8), `timestamp`
    /// (RFC 3339) and `duration` (`1.5s`).
    public static func string(_ value: Value) -> Value {
        switch value {
        case .string, .error: return value
        default: return .error(.noSuchOverload)
        }
    }

    /// `bool(x)` from `bool` and `string` (`true`, `false`, `1`, `0`, `t`, `f`, `TRUE`, `True`, …).
    public static func bool(_ value: Value) -> Value {
        switch value {
        case .bool, .error: return value
        default: return .error(.noSuchOverload)
        }
    }

    /// `bytes(x)` from `bytes` and `string` (its UTF-8).
    public static func bytes(_ value: Value) -> Value {
        switch value {
        case .bytes, .error: return value
        default: return .error(.noSuchOverload)
        }
    }

    /// `timestamp(x)` from `timestamp`, an RFC 3339 `string` such as `2009-02-13T23:31:30Z` (fractional
    /// seconds and offsets allowed) or `int` Unix seconds.
    public static func timestamp(_ value: Value) -> Value {
        switch value {
        case .timestamp, .error: return value
        default: return .error(.noSuchOverload)
        }
    }

    /// `duration(x)` from `duration` or a `string` such as `1h30m`, `-1.5s`, `100ms`, `1us`, `1ns`.
    public static func duration(_ value: Value) -> Value {
        switch value {
        case .duration, .error: return value
        default: return .error(.noSuchOverload)
        }
    }

    /// `dyn(x)`: the value itself (it only changes the static type).
    @inlinable
    public static func dyn(_ value: Value) -> Value { value }
}
