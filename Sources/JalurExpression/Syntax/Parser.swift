/// Builds an ``Expr`` tree from tokens by recursive descent with CEL's precedence.
///
/// Precedence, loosest first: `?:` (right-associative), `||`, `&&`, relations (`== != < <= > >= in`),
/// `+ -`, `* / %`, unary `! -`, then member access, indexing and calls. Binary levels are parsed
/// with loops; `&&` and `||` chains are balanced so long chains stay shallow. Recursion is bounded by
/// ``ExprLimits/maxNesting``.
struct Parser {
    private let tokens: [Token]
    private var index = 0
    private var depth = 0

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole expression.
    static func parse(_ source: String) throws(SyntaxError) -> Expr {
        let length = source.unicodeScalars.count
        guard length <= ExprLimits.maxLength else {
            throw SyntaxError(
                "expression is \(length) characters long, more than the limit of \(ExprLimits.maxLength)",
                at: 0,
                help: "split it into derived names",
                code: "expression-too-long"
            )
        }
        var parser = Parser(tokens: try Lexer.tokens(of: source))
        let expr = try parser.parseExpression()
        guard parser.current.kind == .endOfInput else {
            throw SyntaxError(
                "unexpected \(parser.current.kind.display)",
                at: parser.current.offset,
                length: parser.current.length,
                help: "check for a missing operator or an extra closing bracket"
            )
        }
        return expr
    }

    // MARK: - Token access

    var current: Token { tokens[index] }

    @discardableResult
    mutating func take() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func accept(_ punctuation: Token.Punctuation) -> Token? {
        current.isPunctuation(punctuation) ? take() : nil
    }

    @discardableResult
    mutating func expect(_ punctuation: Token.Punctuation, after what: String) throws(SyntaxError) -> Token {
        if let token = accept(punctuation) { return token }
        throw SyntaxError(
            "expected '\(punctuation.rawValue)' \(what), found \(current.kind.display)",
            at: current.offset,
            length: current.length
        )
    }

    /// A node, rejected when it would nest deeper than the limit.
    func node(_ kind: Expr.Kind, _ range: Range<Int>) throws(SyntaxError) -> Expr {
        let expr = Expr(kind, range: range)
        guard expr.height <= ExprLimits.maxNesting else { throw nestingTooDeep(at: range.lowerBound) }
        return expr
    }

    func nestingTooDeep(at offset: Int) -> SyntaxError {
        SyntaxError(
            "expression nests deeper than \(ExprLimits.maxNesting) levels",
            at: offset,
            help: "split it into derived names",
            code: "nesting-too-deep"
        )
    }

    // MARK: - Expressions

    /// Parses a full expression, conditional included.
    ///
    /// `expr := or ('?' or ':' expr)?`
    mutating func parseExpression() throws(SyntaxError) -> Expr {
        depth += 1
        defer { depth -= 1 }
        guard depth <= ExprLimits.maxNesting else { throw nestingTooDeep(at: current.offset) }
        let condition = try parseLogical(.or)
        guard accept(.question) != nil else { return condition }
        let then = try parseLogical(.or)
        try expect(.colon, after: "in conditional '?:'")
        let otherwise = try parseExpression()
        return try node(
            .conditional(condition, then, otherwise),
            condition.range.lowerBound..<otherwise.range.upperBound
        )
    }

    /// A chain of `||` or `&&` operands, balanced into a tree of logarithmic height.
    private mutating func parseLogical(_ op: BinaryOperator) throws(SyntaxError) -> Expr {
        let token: Token.Punctuation = op == .or ? .or : .and
        var operands = [op == .or ? try parseLogical(.and) : try parseRelation()]
        while accept(token) != nil {
            operands.append(op == .or ? try parseLogical(.and) : try parseRelation())
        }
        return try balanced(op, operands[...])
    }

    private func balanced(_ op: BinaryOperator, _ operands: ArraySlice<Expr>) throws(SyntaxError) -> Expr {
        if operands.count == 1, let only = operands.first { return only }
        let middle = operands.startIndex + operands.count / 2
        let lhs = try balanced(op, operands[..<middle])
        let rhs = try balanced(op, operands[middle...])
        return try node(.binary(op, lhs, rhs), lhs.range.lowerBound..<rhs.range.upperBound)
    }

    private static let relations: [Token.Punctuation: BinaryOperator] = [
        .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual,
        .greater: .greater, .greaterEqual: .greaterEqual, .in: .in,
    ]
    private static let additions: [Token.Punctuation: BinaryOperator] = [.plus: .add, .minus: .subtract]
    private static let multiplications: [Token.Punctuation: BinaryOperator] = [
        .star: .multiply, .slash: .divide, .percent: .remainder,
    ]

    private mutating func parseRelation() throws(SyntaxError) -> Expr {
        try parseLeftAssociative(Self.relations) { parser throws(SyntaxError) in try parser.parseAddition() }
    }

    private mutating func parseAddition() throws(SyntaxError) -> Expr {
        try parseLeftAssociative(Self.additions) { parser throws(SyntaxError) in try parser.parseMultiplication() }
    }

    private mutating func parseMultiplication() throws(SyntaxError) -> Expr {
        try parseLeftAssociative(Self.multiplications) { parser throws(SyntaxError) in try parser.parseUnary() }
    }

    private mutating func parseLeftAssociative(
        _ operators: [Token.Punctuation: BinaryOperator],
        operand: (inout Parser) throws(SyntaxError) -> Expr
    ) throws(SyntaxError) -> Expr {
        var lhs = try operand(&self)
        while case .punctuation(let punctuation) = current.kind, let op = operators[punctuation] {
            take()
            let rhs = try operand(&self)
            lhs = try node(.binary(op, lhs, rhs), lhs.range.lowerBound..<rhs.range.upperBound)
        }
        return lhs
    }

    /// `unary := ('!' | '-')* member`, built without recursion so long chains cannot exhaust the stack.
    private mutating func parseUnary() throws(SyntaxError) -> Expr {
        var operators: [(UnaryOperator, Int)] = []
        while true {
            if let token = accept(.not) {
                operators.append((.not, token.offset))
            } else if current.isPunctuation(.minus), !isNumber(tokens[min(index + 1, tokens.count - 1)]) {
                operators.append((.negate, take().offset))
            } else {
                break
            }
            guard operators.count <= ExprLimits.maxNesting else { throw nestingTooDeep(at: current.offset) }
        }
        var expr = try parseMember()
        for (op, offset) in operators.reversed() {
            expr = try node(.unary(op, expr), offset..<expr.range.upperBound)
        }
        return expr
    }

    private func isNumber(_ token: Token) -> Bool {
        switch token.kind {
        case .int, .uint, .double: true
        default: false
        }
    }
}
