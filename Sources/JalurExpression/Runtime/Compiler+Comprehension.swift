extension Compiler {
    /// A macro loop; the variable's previous value is restored afterwards so nested and lazily evaluated
    /// expressions can reuse local indices.
    static func comprehension(_ comprehension: CheckedComprehension) -> Compiled {
        let range = compile(comprehension.range).evaluate
        let body = compile(comprehension.body).evaluate
        let filter = comprehension.filter.map { compile($0).evaluate }
        let local = comprehension.local
        let loop: @Sendable ([Value], Activation) -> Value
        switch comprehension.macro {
        case .all: loop = { elements, activation in quantify(elements, activation, local, body, all: true) }
        case .exists: loop = { elements, activation in quantify(elements, activation, local, body, all: false) }
        case .existsOne: loop = { elements, activation in existsOne(elements, activation, local, body) }
        case .filter: loop = { elements, activation in select(elements, activation, local, body) }
        case .map: loop = { elements, activation in transform(elements, activation, local, filter, body) }
        }
        return .dynamic { activation in
            let elements: [Value]
            switch range(activation) {
            case .list(let list): elements = list
            case .map(let map): elements = map.entries.map(\.key)
            case .error(let error): return .error(error)
            default: return .error(.noSuchOverload)
            }
            let saved = activation.setLocal(local, to: .null)
            defer { activation.restoreLocal(local, to: saved) }
            return loop(elements, activation)
        }
    }

    /// `all` (a false wins) and `exists` (a true wins); otherwise the first error, if any.
    private static func quantify(
        _ elements: [Value],
        _ activation: Activation,
        _ local: Int,
        _ body: Evaluator,
        all: Bool
    ) -> Value {
        var firstError: Value?
        for element in elements {
            _ = activation.setLocal(local, to: element)
            switch body(activation) {
            case .bool(let result): if result != all { return .bool(result) }
            case .error(let error): if firstError == nil { firstError = .error(error) }
            default: if firstError == nil { firstError = .error(.noSuchOverload) }
            }
        }
        return firstError ?? .bool(all)
    }

    private static func existsOne(
        _ elements: [Value],
        _ activation: Activation,
        _ local: Int,
        _ body: Evaluator
    )
        -> Value
    {
        var count = 0
        for element in elements {
            _ = activation.setLocal(local, to: element)
            switch body(activation) {
            case .bool(let result): if result { count += 1 }
            case .error(let error): return .error(error)
            default: return .error(.noSuchOverload)
            }
        }
        return .bool(count == 1)
    }

    private static func select(
        _ elements: [Value],
        _ activation: Activation,
        _ local: Int,
        _ body: Evaluator
    )
        -> Value
    {
        var kept: [Value] = []
        for element in elements {
            _ = activation.setLocal(local, to: element)
            switch body(activation) {
            case .bool(let keep): if keep { kept.append(element) }
            case .error(let error): return .error(error)
            default: return .error(.noSuchOverload)
            }
        }
        return .list(kept)
    }

    private static func transform(
        _ elements: [Value],
        _ activation: Activation,
        _ local: Int,
        _ filter: Evaluator?,
        _ body: Evaluator
    ) -> Value {
        var results: [Value] = []
        results.reserveCapacity(elements.count)
        for element in elements {
            _ = activation.setLocal(local, to: element)
            if let filter {
                switch filter(activation) {
                case .bool(let keep): if !keep { continue }
                case .error(let error): return .error(error)
                default: return .error(.noSuchOverload)
                }
            }
            let value = body(activation)
            if case .error = value { return value }
            results.append(value)
        }
        return .list(results)
    }
}
