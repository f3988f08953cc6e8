extension Builtins {
    /// `int(x)` from `int`, `uint`, `double` (truncated toward zero), `string` (decimal, optional sign) and
    /// `timestamp` (Unix seconds).
    ///
    /// - Returns: an `int`; a value out of range (`int out of range`; doubles at or beyond ±2⁶³, as
    ///   cel-go), NaN or an unparsable string is an error value.
    public static func int(_ value: Value) -> Value {
        switch value {
        case .int, .error: return value
        case .uint(let u): return u <= UInt64(Int64.max) ? .int(Int64(u)) : .error(.intOutOfRange)
        case .double(let d):
            guard d > -0x1p63, d < 0x1p63 else { return .error(.intOutOfRange) }
            return .int(Int64(d))
        case .string(let s):
            return Int64(s).map(Value.int) ?? .error(EvalError("cannot convert '\(s)' to int"))
        case .timestamp(let t): return .int(t.seconds)
        default: return .error(.noSuchOverload)
        }
    }

    /// `uint(x)` from `int`, `uint`, `double` (truncated toward zero) and `string` (decimal, no sign).
    public static func uint(_ value: Value) -> Value {
        switch value {
        case .uint, .error: return value
        case .int(let i): return i >= 0 ? .uint(UInt64(i)) : .error(.uintOutOfRange)
        case .double(let d):
            guard d >= 0, d < 0x1p64 else { return .error(.uintOutOfRange) }  // -0.5 is out of range, as in cel-go
            return .uint(UInt64(d))
        case .string(let s):
            guard s.first != "+", let u = UInt64(s) else { return .error(EvalError("cannot convert '\(s)' to uint")) }
            return .uint(u)
        default: return .error(.noSuchOverload)
        }
    }

    /// `double(x)` from `int`, `uint`, `double` and `string` (decimal or exponent notation, `NaN`,
    /// `Infinity`, `-Infinity`).
    public static func double(_ value: Value) -> Value {
        switch value {
        case .double, .error: return value
        case .int(let i): return .double(Double(i))
        case .uint(let u): return .double(Double(u))
        case .string(let s):
            return Double(s).map(Value.double) ?? .error(EvalError("cannot convert '\(s)' to double"))
        default: return .error(.noSuchOverload)
        }
    }

    /// `string(x)` from `string`, `int`, `uint`, `double` (Go's shortest `%g`: `1.5`, `2`, `1e+06`),
    /// `bool`, `bytes` (valid UTF-8 only), `timestamp` (RFC 3339) and `duration` (`1.5s`).
    public static func string(_ value: Value) -> Value {
        switch value {
        case .string, .error: return value
        case .int(let i): return .string(String(i))
        case .uint(let u): return .string(String(u))
        case .double(let d): return .string(d.goShortestText)
        case .bool(let b): return .string(b ? "true" : "false")
        case .bytes(let b):
            guard let text = String(validating: b, as: UTF8.self) else {
                return .error(EvalError("invalid utf-8 in bytes"))
            }
            return .string(text)
        case .timestamp(let t): return .string(t.rfc3339)
        case .duration(let d): return .string(d.celText)
        default: return .error(.noSuchOverload)
        }
    }

    /// `bool(x)` from `bool` and `string`: `1`, `t`, `T`, `true`, `TRUE`, `True` and `0`, `f`, `F`, `false`,
    /// `FALSE`, `False`, as Go's `strconv.ParseBool`.
    public static func bool(_ value: Value) -> Value {
        switch value {
        case .bool, .error: return value
        case .string(let s):
            switch s {
            case "1", "t", "T", "true", "TRUE", "True": return .bool(true)
            case "0", "f", "F", "false", "FALSE", "False": return .bool(false)
            default: return .error(EvalError("cannot convert '\(s)' to bool"))
            }
        default: return .error(.noSuchOverload)
        }
    }

    /// `bytes(x)` from `bytes` and `string` (its UTF-8).
    public static func bytes(_ value: Value) -> Value {
        switch value {
        case .bytes, .error: return value
        case .string(let s): return .bytes(Array(s.utf8))
        default: return .error(.noSuchOverload)
        }
    }

    /// `timestamp(x)` from `timestamp`, an RFC 3339 `string` such as `2009-02-13T23:31:30Z` (fractional
    /// seconds and offsets allowed) or `int` Unix seconds.
    ///
    /// - Returns: a `timestamp`; malformed text or a time outside years 1–9999 is an error value.
    public static func timestamp(_ value: Value) -> Value {
        switch value {
        case .timestamp, .error: return value
        case .string(let s):
            return Timestamp(rfc3339: s).map(Value.timestamp)
                ?? .error(EvalError("cannot parse '\(s)' as an rfc 3339 timestamp"))
        case .int(let i):
            return Timestamp.checked(seconds: i, nanos: 0).map(Value.timestamp) ?? .error(.timestampOutOfRange)
        default: return .error(.noSuchOverload)
        }
    }

    /// `duration(x)` from `duration` or a `string` such as `1h30m`, `-1.5s`, `100ms`, `1us`, `1ns`.
    ///
    /// - Returns: a `duration`; malformed text or more than about 292 years is an error value.
    public static func duration(_ value: Value) -> Value {
        switch value {
        case .duration, .error: return value
        case .string(let s):
            return CELDuration(goText: s).map(Value.duration)
                ?? .error(EvalError("cannot parse '\(s)' as a duration"))
        default: return .error(.noSuchOverload)
        }
    }

    /// `dyn(x)`: the value itself (it only changes the static type).
    @inlinable
    public static func dyn(_ value: Value) -> Value { value }
}
