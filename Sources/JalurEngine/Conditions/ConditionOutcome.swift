import JalurExpression

/// How a condition came out for one resident (SPEC §2.6 item 1).
enum ConditionOutcome {
    /// Every part is true.
    case holds
    /// Some part is false (CEL `&&`: even when another part is an error).
    case fails
    /// No part is false and some part is an error or not a bool; the first such error.
    case undetermined(EvalError)

    /// Joins part values with CEL `&&`: false wins over errors, errors over true.
    static func conjunction<Parts: Sequence>(_ parts: Parts, value: (Parts.Element) -> Value) -> ConditionOutcome {
        var firstError: EvalError?
        for part in parts {
            switch value(part) {
            case .bool(true): continue
            case .bool(false): return .fails
            case .error(let error): if firstError == nil { firstError = error }
            case let other:
                if firstError == nil { firstError = EvalError("condition gave \(other.kindName), not a bool") }
            }
        }
        return firstError.map { .undetermined($0) } ?? .holds
    }

    /// The trace outcome.
    var traceOutcome: TraceEntry.Outcome {
        switch self {
        case .holds: .true
        case .fails: .false
        case .undetermined: .undetermined
        }
    }
}

/// How a `min_days` or `max_days` limit came out for one resident.
enum DayLimitOutcome {
    /// The stage sets no limit.
    case none
    /// The limit in days.
    case days(Int)
    /// The expression failed or did not give an int.
    case undetermined(EvalError)

    /// Reads an expression's value as a day count.
    static func from(_ value: Value, name: String) -> DayLimitOutcome {
        switch value {
        case .int(let days): return .days(Int(clamping: days))
        case .uint(let days): return .days(Int(clamping: days))
        case .error(let error): return .undetermined(error)
        default: return .undetermined(EvalError("\(name) gave \(value.kindName), not an int"))
        }
    }
}

extension Value {
    /// The CEL type name of the value, for messages.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a bool"
        case .int: "an int"
        case .uint: "a uint"
        case .double: "a double"
        case .string: "a string"
        case .bytes: "bytes"
        case .list: "a list"
        case .map: "a map"
        case .object: "a record"
        case .timestamp: "a timestamp"
        case .duration: "a duration"
        case .type: "a type"
        case .error: "an error"
        }
    }
}
