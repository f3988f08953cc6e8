extension Builtins {
    /// `s.contains(sub)`: whether `sub`'s code points occur consecutively in `s`.
    public static func contains(_ string: Value, _ substring: Value) -> Value {
        guard case .string(let s) = string, case .string(let sub) = substring else {
            return propagate(string, substring)
        }
        return .bool(s.containsScalars(of: sub))
    }

    /// `s.startsWith(prefix)`, comparing code points.
    public static func startsWith(_ string: Value, _ prefix: Value) -> Value {
        guard case .string(let s) = string, case .string(let p) = prefix else {
            return propagate(string, prefix)
        }
        return .bool(s.utf8.starts(with: p.utf8))
    }

    /// `s.endsWith(suffix)`, comparing code points.
    public static func endsWith(_ string: Value, _ suffix: Value) -> Value {
        guard case .string(let s) = string, case .string(let p) = suffix else {
            return propagate(string, suffix)
        }
        let count = p.utf8.count
        return .bool(s.utf8.count >= count && s.utf8.suffix(count).elementsEqual(p.utf8))
    }
}

extension String {
    /// Whether `other`'s UTF-8 occurs in this string's UTF-8 (code-point containment, no normalization).
    func containsScalars(of other: String) -> Bool {
        let needle = other.utf8
        guard let first = needle.first else { return true }
        let haystack = utf8
        guard needle.count <= haystack.count else { return false }
        var start = haystack.startIndex
        let lastStart = haystack.index(haystack.endIndex, offsetBy: -needle.count)
        while start <= lastStart {
            if haystack[start] == first, haystack[start...].starts(with: needle) { return true }
            start = haystack.index(after: start)
        }
        return false
    }
}
