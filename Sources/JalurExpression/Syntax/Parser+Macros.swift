extension Parser {
    /// A call node, or the expansion of a macro (`has`, `all`, `exists`, `exists_one`, `map`, `filter`).
    mutating func call(
        target: Expr?,
        function: String,
        nameOffset: Int,
        arguments: [Expr],
        range: Range<Int>
    ) throws(SyntaxError) -> Expr {
        if target == nil, function == "has" {
            guard arguments.count == 1, case .select(let operand, let field, let fieldOffset) = arguments[0].kind else {
                throw SyntaxError(
                    "has() takes one field selection such as 'has(resident.cows)'",
                    at: nameOffset,
                    length: range.count
                )
            }
            return try node(.presenceTest(operand, field: field, fieldOffset: fieldOffset), range)
        }
        guard let target, let macro = Comprehension.Macro(rawValue: function),
            arguments.count == 2 || (macro == .map && arguments.count == 3)
        else {
            return try node(.call(target: target, function: function, arguments: arguments), range)
        }
        guard case .identifier(let variable) = arguments[0].kind else {
            throw SyntaxError(
                "\(function)() needs a variable name as its first argument",
                at: arguments[0].range.lowerBound,
                length: arguments[0].range.count,
                help: "for example 'list.\(function)(x, x > 0)'"
            )
        }
        let comprehension = Comprehension(
            macro: macro,
            range: target,
            variable: variable,
            variableOffset: arguments[0].range.lowerBound,
            body: arguments[arguments.count - 1],
            filter: arguments.count == 3 ? arguments[1] : nil
        )
        return try node(.comprehension(comprehension), range)
    }
}
