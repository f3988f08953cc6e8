extension Builtins {
    /// `size(x)` of a `string` (Unicode code points), `bytes`, `list` or `map`.
    public static func size(_ value: Value) -> Value {
        switch value {
        case .string(let s): .int(Int64(s.scalarCount))
        case .bytes(let b): .int(Int64(b.count))
        case .list(let l): .int(Int64(l.count))
        case .map(let m): .int(Int64(m.count))
        case .error: value
        default: .error(.noSuchOverload)
        }
    }

    /// `element in container`: CEL equality against a list's elements, or a key of a map (numeric keys
    /// match across `int`, `uint` and `double`: `1.0 in {1u: 'x'}`).
    public static func isElement(_ element: Value, of container: Value) -> Value {
        if case .error = element { return element }
        switch container {
        case .list(let list): return .bool(list.contains { $0.celEquals(element) })
        case .map(let map): return .bool(map.value(forKey: element) != nil)
        default: return propagate(container, element)
        }
    }

    /// `container[key]`: a list element (index `int`, `uint` or an integral `double`) or a map value.
    ///
    /// - Returns: the element; `index out of range: 5`, `no such key: 'k'` or `no such overload` as an
    ///   error value.
    public static func index(_ container: Value, _ key: Value) -> Value {
        switch (container, key) {
        case (.list(let list), .int(let i)):
            return i >= 0 && i < list.count ? list[Int(i)] : .error(EvalError("index out of range: \(i)"))
        case (.list(let list), .uint(let u)):
            return u < list.count ? list[Int(u)] : .error(EvalError("index out of range: \(u)"))
        case (.list(let list), .double(let d)):
            guard let i = Int64(exactly: d) else { return .error(EvalError("invalid list index: \(d)")) }
            return i >= 0 && i < list.count ? list[Int(i)] : .error(EvalError("index out of range: \(i)"))
        case (.map(let map), .int), (.map(let map), .uint), (.map(let map), .double), (.map(let map), .bool),
            (.map(let map), .string):
            return map.value(forKey: key) ?? .error(noSuchKey(key))
        default:
            return propagate(container, key)
        }
    }

    /// `map.field`: the value at string key `field`, else `no such key: 'field'`.
    public static func select(_ container: Value, field: String) -> Value {
        guard case .map(let map) = container else { return propagate(container, .null) }
        return map.value(forKey: field) ?? .error(noSuchKey(.string(field)))
    }

    /// `has(map.field)`: whether a map has the string key `field`.
    public static func has(_ container: Value, field: String) -> Value {
        guard case .map(let map) = container else { return propagate(container, .null) }
        return .bool(map.value(forKey: field) != nil)
    }

    /// A list value from a list literal's elements; the first error element is returned instead.
    public static func makeList(_ elements: [Value]) -> Value {
        for element in elements { if case .error = element { return element } }
        return .list(elements)
    }

    /// A map value from a map literal's entries, in order.
    ///
    /// - Returns: a `map`; an error entry is returned unchanged; a key that is not `int`, `uint`, `bool` or
    ///   `string` is `unsupported key type: double`; a key equal to an earlier one is `repeated key: 'k'`.
    public static func makeMap(_ entries: [(key: Value, value: Value)]) -> Value {
        for entry in entries {
            if case .error = entry.key { return entry.key }
            if case .error = entry.value { return entry.value }
            switch entry.key {
            case .int, .uint, .bool, .string: continue
            default: return .error(EvalError("unsupported key type: \(entry.key.typeName)"))
            }
        }
        let map = MapValue(entries)
        if let repeated = map.firstRepeatedKey {
            return .error(EvalError("repeated key: \(repeated.keyText)"))
        }
        return .map(map)
    }

    private static func noSuchKey(_ key: Value) -> EvalError {
        EvalError("no such key: \(key.keyText)")
    }
}

extension Value {
    /// A key as messages show it: strings in single quotes, other values as literals.
    var keyText: String {
        if case .string(let s) = self { return "'\(s)'" }
        return celLiteral
    }
}
