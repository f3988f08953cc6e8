extension Expr: CustomStringConvertible {
    /// A fully parenthesized rendering that shows the tree's shape, for tests and debugging:
    /// `(a + (b * c))`, `f(x)`, `x.all(y, p)`.
    var description: String {
        switch kind {
        case .literal(let literal): literal.value.celLiteral
        case .identifier(let name): name
        case .select(let operand, let field, _): "\(operand).\(field)"
        case .presenceTest(let operand, let field, _): "has(\(operand).\(field))"
        case .index(let operand, let index): "\(operand)[\(index)]"
        case .call(let target, let function, let arguments):
            (target.map { "\($0)." } ?? "") + "\(function)(\(arguments.map(\.description).joined(separator: ", ")))"
        case .list(let elements): "[\(elements.map(\.description).joined(separator: ", "))]"
        case .map(let entries): "{\(entries.map { "\($0.key): \($0.value)" }.joined(separator: ", "))}"
        case .unary(let op, let operand): "(\(op.rawValue)\(operand))"
        case .binary(let op, let lhs, let rhs): "(\(lhs) \(op.rawValue) \(rhs))"
        case .conditional(let condition, let then, let otherwise): "(\(condition) ? \(then) : \(otherwise))"
        case .comprehension(let comprehension):
            "\(comprehension.range).\(comprehension.macro.rawValue)(\(comprehension.variable), "
                + (comprehension.filter.map { "\($0), " } ?? "") + "\(comprehension.body))"
        }
    }
}
