/// Builds an ``Expr`` tree from tokens by recursive descent with CEL's precedence.
///
/// Precedence, loosest first: `?:` (right-associative), `||`, `&&`, relations (`== != < <= > >= in`),
/// `+ -`, `* / %`, unary `! -`, then member access, indexing and calls. Binary operators are parsed by
/// precedence climbing; `&&` and `||` chains are balanced so long chains stay shallow. Recursion is
/// bounded by ``ExprLimits/maxNesting``.
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
    /// `expr := binary ('?' binary ':' expr)?`
    mutating func parseExpression() throws(SyntaxError) -> Expr {
        depth += 1
        defer { depth -= 1 }
        guard depth <= ExprLimits.maxNesting else { throw nestingTooDeep(at: current.offset) }
        let condition = try parseBinary(minimumLevel: 0)
        guard accept(.question) != nil else { return condition }
        return try parseConditional(condition)
    }

    /// The `then : otherwise` part of a conditional whose `?` is consumed.
    private mutating func parseConditional(_ condition: Expr) throws(SyntaxError) -> Expr {
        let then = try parseBinary(minimumLevel: 0)
        try expect(.colon, after: "in conditional '?:'")
        let otherwise = try parseExpression()
        return try node(
            .conditional(condition, then, otherwise),
            condition.range.lowerBound..<otherwise.range.upperBound
        )
    }

    /// Binary operators and their precedence levels, loosest first.
    private static let binaryOperators: [Token.Punctuation: (op: BinaryOperator, level: Int)] = [
        .or: (.or, 0), .and: (.and, 1),
        .equal: (.equal, 2), .notEqual: (.notEqual, 2), .less: (.less, 2), .lessEqual: (.lessEqual, 2),
        .greater: (.greater, 2), .greaterEqual: (.greaterEqual, 2), .in: (.in, 2),
        .plus: (.add, 3), .minus: (.subtract, 3),
        .star: (.multiply, 4), .slash: (.divide, 4), .percent: (.remainder, 4),
    ]

    private var currentBinaryOperator: (op: BinaryOperator, level: Int)? {
        guard case .punctuation(let punctuation) = current.kind else { return nil }
        return Self.binaryOperators[punctuation]
    }

    /// Parses binary operators at `minimumLevel` or tighter, left-associative, by precedence climbing.
    ///
    /// The stack grows with the number of precedence levels, not with the length of a chain; chains of
    /// `&&` or `||` are collected and balanced.
    private mutating func parseBinary(minimumLevel: Int) throws(SyntaxError) -> Expr {
        var lhs = try parseUnary()
        while let (op, level) = currentBinaryOperator, level >= minimumLevel {
            take()
            if op == .and || op == .or {
                lhs = try parseLogicalChain(op, first: lhs, level: level)
            } else {
                let rhs = try parseBinary(minimumLevel: level + 1)
                lhs = try node(.binary(op, lhs, rhs), lhs.range.lowerBound..<rhs.range.upperBound)
            }
        }
        return lhs
    }

    /// The rest of a chain `first op x op y …` (the first operator is consumed), balanced.
    private mutating func parseLogicalChain(_ op: BinaryOperator, first: Expr, level: Int) throws(SyntaxError) -> Expr {
        var operands = [first, try parseBinary(minimumLevel: level + 1)]
        while currentBinaryOperator?.op == op {
            take()
            operands.append(try parseBinary(minimumLevel: level + 1))
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

    /// `unary := ('!' | '-')* member`, built without recursion so long chains cannot exhaust the stack.
    private mutating func parseUnary() throws(SyntaxError) -> Expr {
        let operators = try parsePrefixOperators()
        var expr = try parseMember()
        for (op, offset) in operators.reversed() {
            expr = try node(.unary(op, expr), offset..<expr.range.upperBound)
        }
        return expr
    }

    private mutating func parsePrefixOperators() throws(SyntaxError) -> [(UnaryOperator, Int)] {
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
        return operators
    }

    private func isNumber(_ token: Token) -> Bool {
        switch token.kind {
        case .int, .uint, .double: true
        default: false
        }
    }
}
