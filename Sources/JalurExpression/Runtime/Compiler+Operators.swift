extension Compiler {
    /// Arithmetic, comparison, equality and `in`, with fast paths for comparing against an int constant.
    static func binary(_ op: BinaryOperator, _ lhs: Compiled, _ rhs: Compiled) -> Compiled {
        let operation = Self.operation(op)
        if lhs.constant == nil, case .int(let constant)? = rhs.constant, let compare = intComparison(op) {
            let evaluate = lhs.evaluate
            let rhsValue = Value.int(constant)
            return .dynamic { activation in
                let value = evaluate(activation)
                if case .int(let int) = value { return .bool(compare(int, constant)) }
                return operation(value, rhsValue)
            }
        }
        return binary(lhs, rhs, operation)
    }

    private static func intComparison(_ op: BinaryOperator) -> (@Sendable (Int64, Int64) -> Bool)? {
        switch op {
        case .equal: { $0 == $1 }
        case .notEqual: { $0 != $1 }
        case .less: { $0 < $1 }
        case .lessEqual: { $0 <= $1 }
        case .greater: { $0 > $1 }
        case .greaterEqual: { $0 >= $1 }
        default: nil
        }
    }

    static func operation(_ op: BinaryOperator) -> @Sendable (Value, Value) -> Value {
        switch op {
        case .add: Builtins.add
        case .subtract: Builtins.subtract
        case .multiply: Builtins.multiply
        case .divide: Builtins.divide
        case .remainder: Builtins.remainder
        case .equal: Builtins.equal
        case .notEqual: Builtins.notEqual
        case .less: Builtins.less
        case .lessEqual: Builtins.lessOrEqual
        case .greater: Builtins.greater
        case .greaterEqual: Builtins.greaterOrEqual
        case .in: { Builtins.isElement($0, of: $1) }
        case .and, .or: { _, _ in .error(EvalError("internal error: logical operator compiled as binary")) }
        }
    }
}
