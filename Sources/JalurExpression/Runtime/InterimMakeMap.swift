extension Builtins {
    /// Interim: builds a map, rejecting invalid and repeated keys (replaced by the runtime library's version).
    static func makeMap(_ entries: [(key: Value, value: Value)]) -> Value {
        var seen: [Value] = []
        for entry in entries {
            switch entry.key {
            case .error: return entry.key
            case .int, .uint, .bool, .string: break
            default: return .error(EvalError("unsupported key type"))
            }
            if case .error = entry.value { return entry.value }
            if seen.contains(where: { $0.celEquals(entry.key) }) {
                return .error(EvalError("repeated map key"))
            }
            seen.append(entry.key)
        }
        return .map(MapValue(entries))
    }
}
