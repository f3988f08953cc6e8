extension Value {
    /// Whether two values are equal under CEL's `==`.
    ///
    /// Numbers compare by value across `int`, `uint` and `double` (`1 == 1u == 1.0`): `int` and `uint`
    /// exactly, an integer with a double as cel-go and the CEL conformance suite do, converting the integer
    /// to the nearest double unless the double is beyond the integer type's range (so
    /// `9223372036854775807 == 9223372036854775808.0`); NaN equals nothing; strings compare by code points, without normalization;
    /// lists compare element-wise and maps entry-wise, ignoring order; values of different types are
    /// unequal; type values compare by name; records compare by type and field values. Errors are never
    /// equal to anything: callers that must propagate errors use ``Builtins/equal(_:_:)``.
    public func celEquals(_ other: Value) -> Bool {
        // Switching on `self` first, then binding `other`, avoids copying both payloads into a tuple.
        switch self {
        case .string(let a):
            if case .string(let b) = other { return a.hasSameScalars(as: b) }
        case .int(let a):
            if case .int(let b) = other { return a == b }
            return Value.compareNumbers(self, other) == .equal
        case .uint, .double:
            return Value.compareNumbers(self, other) == .equal
        case .bool(let a):
            if case .bool(let b) = other { return a == b }
        case .null:
            if case .null = other { return true }
        case .timestamp(let a):
            if case .timestamp(let b) = other { return a == b }
        case .duration(let a):
            if case .duration(let b) = other { return a == b }
        case .type(let a):
            if case .type(let b) = other { return a == b }
        case .bytes(let a):
            if case .bytes(let b) = other { return a == b }
        case .list(let a):
            if case .list(let b) = other { return a.count == b.count && zip(a, b).allSatisfy { $0.celEquals($1) } }
        case .map(let a):
            if case .map(let b) = other { return a.celEquals(b) }
        case .object(let a):
            if case .object(let b) = other { return a.celEquals(b) }
        case .error:
            return false
        }
        return false
    }
}

extension MapValue {
    /// Whether both maps have the same keys (under CEL equality) with equal values, in any order.
    func celEquals(_ other: MapValue) -> Bool {
        guard count == other.count else { return false }
        for entry in entries {
            guard let value = other.value(forKey: entry.key), entry.value.celEquals(value) else { return false }
        }
        return true
    }
}

extension ObjectValue {
    /// Whether both records have the same type and equal fields (absent equals absent).
    func celEquals(_ other: ObjectValue) -> Bool {
        guard type == other.type, fields.count == other.fields.count else { return false }
        for (a, b) in zip(fields, other.fields) {
            switch (a, b) {
            case (nil, nil): continue
            case (let a?, let b?) where a.celEquals(b): continue
            default: return false
            }
        }
        return true
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

extension Value {
    /// Whether two values are the same value of the same type, field by field: stricter than CEL `==`, which
    /// equates `1` and `1.0` and never equates NaN or errors.
    ///
    /// Doubles compare by bit pattern, maps entry by entry in order, records by type and field values (absent
    /// equals absent), errors by message and missing fact.
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.uint(let a), .uint(let b)): a == b
        case (.double(let a), .double(let b)): a.bitPattern == b.bitPattern
        case (.string(let a), .string(let b)): a.hasSameScalars(as: b)
        case (.bytes(let a), .bytes(let b)): a == b
        case (.list(let a), .list(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.isIdentical(to: $1) }
        case (.map(let a), .map(let b)):
            a.count == b.count
                && zip(a.entries, b.entries).allSatisfy {
                    $0.key.isIdentical(to: $1.key) && $0.value.isIdentical(to: $1.value)
                }
        case (.object(let a), .object(let b)):
            a.type == b.type && a.fields.count == b.fields.count
                && zip(a.fields, b.fields).allSatisfy { pair in
                    switch pair {
                    case (nil, nil): true
                    case (let a?, let b?): a.isIdentical(to: b)
                    default: false
                    }
                }
        case (.timestamp(let a), .timestamp(let b)): a == b
        case (.duration(let a), .duration(let b)): a == b
        case (.type(let a), .type(let b)): a == b
        case (.error(let a), .error(let b)): a.message == b.message && a.missingFact == b.missingFact
        default: false
        }
    }
}
