extension Compiler {
    /// CEL `&&`: false wins over errors in either order; an error wins over true.
    static func logicalAnd(_ lhs: Compiled, _ rhs: Compiled) -> Compiled {
        if case .bool(false)? = lhs.constant { return .constant(.bool(false)) }
        if case .bool(false)? = rhs.constant { return .constant(.bool(false)) }
        if case .bool(true)? = lhs.constant, rhs.constant == nil { return strictBool(rhs) }
        if case .bool(true)? = rhs.constant, lhs.constant == nil { return strictBool(lhs) }
        if let a = lhs.constant, let b = rhs.constant { return .constant(combine(a, b, absorbing: false)) }
        let (left, right) = (lhs.evaluate, rhs.evaluate)
        return .dynamic { activation in
            let a = left(activation)
            if case .bool(false) = a { return a }
            let b = right(activation)
            if case .bool(true) = a, case .bool = b { return b }
            return combine(a, b, absorbing: false)
        }
    }

    /// CEL `||`: true wins over errors in either order; an error wins over false.
    static func logicalOr(_ lhs: Compiled, _ rhs: Compiled) -> Compiled {
        if case .bool(true)? = lhs.constant { return .constant(.bool(true)) }
        if case .bool(true)? = rhs.constant { return .constant(.bool(true)) }
        if case .bool(false)? = lhs.constant, rhs.constant == nil { return strictBool(rhs) }
        if case .bool(false)? = rhs.constant, lhs.constant == nil { return strictBool(lhs) }
        if let a = lhs.constant, let b = rhs.constant { return .constant(combine(a, b, absorbing: true)) }
        let (left, right) = (lhs.evaluate, rhs.evaluate)
        return .dynamic { activation in
            let a = left(activation)
            if case .bool(true) = a { return a }
            let b = right(activation)
            if case .bool(false) = a, case .bool = b { return b }
            return combine(a, b, absorbing: true)
        }
    }

    /// The result once neither side short-circuited: `absorbing` is the value that wins (true for `||`).
    private static func combine(_ a: Value, _ b: Value, absorbing: Bool) -> Value {
        if case .bool(absorbing) = a { return a }
        if case .bool(absorbing) = b { return b }
        if case .error = a { return a }
        if case .error = b { return b }
        if case .bool = a, case .bool = b { return .bool(!absorbing) }
        return .error(.noSuchOverload)
    }

    /// The operand itself, but a non-bool value becomes `no such overload`.
    private static func strictBool(_ operand: Compiled) -> Compiled {
        unary(operand) { value in
            switch value {
            case .bool, .error: value
            default: .error(.noSuchOverload)
            }
        }
    }
}
