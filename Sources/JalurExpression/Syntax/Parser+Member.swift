extension Parser {
    /// Parses a primary expression followed by selections, calls and indexing.
    ///
    /// `member := primary ('.' IDENT ('(' args ')')? | '[' expr ']')*`
    mutating func parseMember() throws(SyntaxError) -> Expr {
        var expr = try parsePrimary()
        while true {
            if accept(.dot) != nil {
                expr = try parseSelection(of: expr)
            } else if accept(.leftBracket) != nil {
                expr = try parseIndex(of: expr)
            } else {
                return expr
            }
        }
    }

    /// `.name` or `.name(args)` after `target`; the dot is already consumed.
    private mutating func parseSelection(of target: Expr) throws(SyntaxError) -> Expr {
        let name = try identifierName(after: "after '.'")
        guard current.isPunctuation(.leftParen) else {
            let end = name.offset + name.text.unicodeScalars.count
            return try node(.select(target, field: name.text, fieldOffset: name.offset), target.range.lowerBound..<end)
        }
        let (arguments, end) = try parseArguments()
        return try call(
            target: target,
            function: name.text,
            nameOffset: name.offset,
            arguments: arguments,
            range: target.range.lowerBound..<end
        )
    }

    /// `[index]` after `target`; the bracket is already consumed.
    private mutating func parseIndex(of target: Expr) throws(SyntaxError) -> Expr {
        let index = try parseExpression()
        let close = try expect(.rightBracket, after: "to close the index")
        return try node(.index(target, index), target.range.lowerBound..<close.end)
    }

    private mutating func identifierName(after what: String) throws(SyntaxError) -> (text: String, offset: Int) {
        let token = current
        guard case .identifier(let name) = token.kind else {
            throw SyntaxError(
                "expected a name \(what), found \(token.kind.display)",
                at: token.offset,
                length: token.length
            )
        }
        take()
        return (name, token.offset)
    }

    /// `'(' (expr (',' expr)*)? ')'`; returns the arguments and the offset after `)`.
    private mutating func parseArguments() throws(SyntaxError) -> ([Expr], Int) {
        try expect(.leftParen, after: "to start the arguments")
        var arguments: [Expr] = []
        if let close = accept(.rightParen) { return (arguments, close.end) }
        repeat {
            arguments.append(try parseExpression())
        } while accept(.comma) != nil
        let close = try expect(.rightParen, after: "to close the arguments")
        return (arguments, close.end)
    }

    private mutating func parsePrimary() throws(SyntaxError) -> Expr {
        let token = current
        switch token.kind {
        case .identifier(let name):
            take()
            return try parseName(name, token: token)
        case .int, .uint, .double, .string, .bytes:
            take()
            return try node(.literal(try literal(token, negated: false, start: token.offset)), token.offset..<token.end)
        case .punctuation(.minus):
            take()
            return try parseNegativeNumber(minus: token)
        case .punctuation(.leftParen):
            take()
            return try parseParenthesized()
        case .punctuation(.leftBracket):
            return try parseList()
        case .punctuation(.leftBrace):
            return try parseMap()
        case .punctuation(.dot):
            take()
            return try parseRootName(dot: token)
        default:
            throw Self.expectedExpression(found: token)
        }
    }

    private mutating func parseName(_ name: String, token: Token) throws(SyntaxError) -> Expr {
        if let literal = Self.keywordLiterals[name] { return try node(.literal(literal), token.offset..<token.end) }
        if Self.reservedWords.contains(name) { throw Self.reservedWord(token, name) }
        guard current.isPunctuation(.leftParen) else { return try node(.identifier(name), token.offset..<token.end) }
        let (arguments, end) = try parseArguments()
        return try call(
            target: nil,
            function: name,
            nameOffset: token.offset,
            arguments: arguments,
            range: token.offset..<end
        )
    }

    private mutating func parseNegativeNumber(minus: Token) throws(SyntaxError) -> Expr {
        let number = take()
        return try node(.literal(try literal(number, negated: true, start: minus.offset)), minus.offset..<number.end)
    }

    private mutating func parseParenthesized() throws(SyntaxError) -> Expr {
        let inner = try parseExpression()
        try expect(.rightParen, after: "to close '('")
        return inner
    }

    private mutating func parseRootName(dot: Token) throws(SyntaxError) -> Expr {
        let name = try identifierName(after: "after a leading '.'")
        return try node(.identifier(name.text), dot.offset..<name.offset + name.text.unicodeScalars.count)
    }

    /// Words CEL reserves; they cannot name variables or functions.
    private static let reservedWords: Set<String> = [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package",
        "namespace", "return", "var", "void", "while",
    ]

    @inline(never)
    private static func reservedWord(_ token: Token, _ name: String) -> SyntaxError {
        SyntaxError("'\(name)' is a reserved word", at: token.offset, length: token.length)
    }

    @inline(never)
    private static func expectedExpression(found token: Token) -> SyntaxError {
        SyntaxError("expected an expression, found \(token.kind.display)", at: token.offset, length: token.length)
    }

    private static let keywordLiterals: [String: Literal] = ["true": .bool(true), "false": .bool(false), "null": .null]

    private func literal(_ token: Token, negated: Bool, start: Int) throws(SyntaxError) -> Literal {
        let sign = negated ? -1 : 1
        let length = token.end - start
        switch token.kind {
        case .int(let magnitude):
            if negated, magnitude == UInt64(Int64.max) + 1 { return .int(Int64.min) }
            guard let value = Int64(exactly: magnitude) else {
                throw SyntaxError(
                    "integer literal is out of range for int",
                    at: start,
                    length: length,
                    help: "ints are 64-bit signed; add 'u' for a uint"
                )
            }
            return .int(value * Int64(sign))
        case .uint(let value):
            guard !negated else {
                throw SyntaxError("a uint literal cannot be negative", at: start, length: length)
            }
            return .uint(value)
        case .double(let value): return .double(negated ? -value : value)
        case .string(let value): return .string(value)
        case .bytes(let value): return .bytes(value)
        default:
            throw SyntaxError("expected a number, found \(token.kind.display)", at: token.offset, length: token.length)
        }
    }

    private mutating func parseList() throws(SyntaxError) -> Expr {
        let open = take()
        var elements: [Expr] = []
        while !current.isPunctuation(.rightBracket) {
            elements.append(try parseExpression())
            if accept(.comma) == nil { break }
        }
        let close = try expect(.rightBracket, after: "to close the list")
        return try node(.list(elements), open.offset..<close.end)
    }

    private mutating func parseMap() throws(SyntaxError) -> Expr {
        let open = take()
        var entries: [(key: Expr, value: Expr)] = []
        while !current.isPunctuation(.rightBrace) {
            let key = try parseExpression()
            try expect(.colon, after: "after a map key")
            entries.append((key, try parseExpression()))
            if accept(.comma) == nil { break }
        }
        let close = try expect(.rightBrace, after: "to close the map")
        return try node(.map(entries), open.offset..<close.end)
    }
}
