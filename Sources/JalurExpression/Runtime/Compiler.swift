/// A compiled sub-expression: one closure call computes its value.
typealias Evaluator = @Sendable (Activation) -> Value

/// Turns a ``CheckedExpr`` into nested closures: variables and fields read by slot, constants folded,
/// literal regular expressions and time zones prepared once.
enum Compiler {
    /// The closure computing `expr`, and its value when it is constant.
    struct Compiled {
        let evaluate: Evaluator
        let constant: Value?

        static func constant(_ value: Value) -> Compiled { Compiled(evaluate: { _ in value }, constant: value) }

        static func dynamic(_ evaluate: @escaping Evaluator) -> Compiled { Compiled(evaluate: evaluate, constant: nil) }
    }

    static func compile(_ expr: CheckedExpr) -> Compiled {
        switch expr.node {
        case .constant(let value):
            return .constant(value)
        case .variable(let slot):
            return .dynamic { $0.read(slot) }
        case .local(let index):
            return .dynamic { $0.local(index) }
        case .field(let operand, let slot, let missing):
            return field(operand, slot: slot, missing: missing)
        case .dynamicSelect(let operand, let field, let factPath):
            return dynamicSelect(compile(operand), field: field, factPath: factPath)
        case .presence(let operand, let field, let slot):
            return presence(compile(operand), field: field, slot: slot)
        case .index(let operand, let index):
            return binary(compile(operand), compile(index), Builtins.index)
        case .list(let elements):
            return list(elements.map(compile))
        case .map(let entries):
            return map(entries.map { (compile($0.key), compile($0.value)) })
        case .not(let operand):
            return unary(compile(operand), not)
        case .negate(let operand):
            return unary(compile(operand), Builtins.negate)
        case .and(let lhs, let rhs):
            return logicalAnd(compile(lhs), compile(rhs))
        case .or(let lhs, let rhs):
            return logicalOr(compile(lhs), compile(rhs))
        case .binary(let op, let lhs, let rhs):
            return binary(op, compile(lhs), compile(rhs))
        case .conditional(let condition, let then, let otherwise):
            return conditional(compile(condition), compile(then), compile(otherwise))
        case .call(let function, let arguments):
            return call(function, arguments.map(compile))
        case .comprehension(let comprehension):
            return self.comprehension(comprehension)
        }
    }

    /// The constant result when every operand is constant, else `nil`.
    static func folding(_ operands: [Compiled], _ operation: ([Value]) -> Value) -> Compiled? {
        var values: [Value] = []
        for operand in operands {
            guard let constant = operand.constant else { return nil }
            values.append(constant)
        }
        return .constant(operation(values))
    }

    static func unary(_ operand: Compiled, _ operation: @escaping @Sendable (Value) -> Value) -> Compiled {
        if let constant = operand.constant { return .constant(operation(constant)) }
        let evaluate = operand.evaluate
        return .dynamic { operation(evaluate($0)) }
    }

    static func binary(
        _ lhs: Compiled,
        _ rhs: Compiled,
        _ operation: @escaping @Sendable (Value, Value) -> Value
    ) -> Compiled {
        if let a = lhs.constant, let b = rhs.constant { return .constant(operation(a, b)) }
        let (left, right) = (lhs.evaluate, rhs.evaluate)
        return .dynamic { operation(left($0), right($0)) }
    }

    @Sendable static func not(_ value: Value) -> Value {
        switch value {
        case .bool(let bool): .bool(!bool)
        case .error: value
        default: .error(.noSuchOverload)
        }
    }

    static func conditional(_ condition: Compiled, _ then: Compiled, _ otherwise: Compiled) -> Compiled {
        if case .bool(let test)? = condition.constant { return test ? then : otherwise }
        let (test, lhs, rhs) = (condition.evaluate, then.evaluate, otherwise.evaluate)
        return .dynamic { activation in
            switch test(activation) {
            case .bool(true): lhs(activation)
            case .bool(false): rhs(activation)
            case .error(let error): .error(error)
            default: .error(.noSuchOverload)
            }
        }
    }

    static func list(_ elements: [Compiled]) -> Compiled {
        if let folded = folding(elements, Builtins.makeList) { return folded }
        let evaluators = elements.map(\.evaluate)
        return .dynamic { activation in Builtins.makeList(evaluators.map { $0(activation) }) }
    }

    static func map(_ entries: [(Compiled, Compiled)]) -> Compiled {
        if let folded = folding(entries.flatMap { [$0.0, $0.1] }, makeMap) { return folded }
        let evaluators = entries.flatMap { [$0.0.evaluate, $0.1.evaluate] }
        return .dynamic { activation in makeMap(evaluators.map { $0(activation) }) }
    }

    /// A map from alternating keys and values.
    @Sendable static func makeMap(_ flat: [Value]) -> Value {
        var entries: [(key: Value, value: Value)] = []
        entries.reserveCapacity(flat.count / 2)
        for index in stride(from: 0, to: flat.count - 1, by: 2) {
            entries.append((flat[index], flat[index + 1]))
        }
        return Builtins.makeMap(entries)
    }
}
