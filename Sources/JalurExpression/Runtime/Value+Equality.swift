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
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.string(let a), .string(let b)): return a.hasSameScalars(as: b)
        case (.int, .uint), (.int, .double), (.uint, .int), (.uint, .uint), (.uint, .double), (.double, .int),
            (.double, .uint):
            return Value.compareNumbers(self, other) == .equal
        case (.bytes(let a), .bytes(let b)): return a == b
        case (.list(let a), .list(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.celEquals($1) }
        case (.map(let a), .map(let b)): return a.celEquals(b)
        case (.timestamp(let a), .timestamp(let b)): return a == b
        case (.duration(let a), .duration(let b)): return a == b
        case (.type(let a), .type(let b)): return a == b
        case (.object(let a), .object(let b)): return a.celEquals(b)
        default: return false
        }
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

extension String {
    /// Equality by Unicode code points (UTF-8 bytes), unlike `==`, which applies canonical equivalence.
    func hasSameScalars(as other: String) -> Bool {
        let (lhs, rhs) = (utf8, other.utf8)
        guard lhs.count == rhs.count else { return false }
        let contiguous = lhs.withContiguousStorageIfAvailable { a in
            rhs.withContiguousStorageIfAvailable { b in a.elementsEqual(b) }
        }
        return (contiguous ?? nil) ?? lhs.elementsEqual(rhs)
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
