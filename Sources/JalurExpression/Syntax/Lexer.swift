/// Splits expression text into ``Token``s; positions are 0-based offsets in Unicode scalars.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    var position = 0

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// Every token of the text, ending with ``Token/Kind/endOfInput``.
    static func tokens(of source: String) throws(SyntaxError) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .endOfInput { return tokens }
        }
    }

    mutating func next() throws(SyntaxError) -> Token {
        skipTrivia()
        let start = position
        guard let scalar = peek() else { return Token(kind: .endOfInput, offset: start, length: 0) }
        if isIdentifierStart(scalar) {
            if let token = try stringWithPrefix(start: start) { return token }
            return identifier(start: start)
        }
        if isDigit(scalar) || (scalar == "." && peek(1).map(isDigit) == true) {
            return try number(start: start)
        }
        if scalar == "\"" || scalar == "'" {
            return try string(start: start, isRaw: false, isBytes: false)
        }
        return try punctuation(scalar, start: start)
    }

    // MARK: - Scanning helpers

    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    mutating func advance(_ count: Int = 1) { position += count }

    func peekAbsolute(_ index: Int) -> Unicode.Scalar { scalars[index] }

    /// The current offset in Unicode scalars.
    var offset: Int { position }

    private mutating func skipTrivia() {
        while let scalar = peek() {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                advance()
            } else if scalar == "/" && peek(1) == "/" {
                while let next = peek(), next != "\n" { _ = next; advance() }
            } else {
                return
            }
        }
    }

    private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private mutating func identifier(start: Int) -> Token {
        while let scalar = peek(), isIdentifierStart(scalar) || isDigit(scalar) { advance() }
        let name = String(String.UnicodeScalarView(scalars[start..<position]))
        let length = position - start
        switch name {
        case "in": return Token(kind: .punctuation(.in), offset: start, length: length)
        case "and": return Token(kind: .punctuation(.and), offset: start, length: length)
        case "or": return Token(kind: .punctuation(.or), offset: start, length: length)
        case "not": return Token(kind: .punctuation(.not), offset: start, length: length)
        default: return Token(kind: .identifier(name), offset: start, length: length)
        }
    }

    /// A string or bytes literal introduced by `r`, `b`, `rb` or `br` (any case), or `nil` for an identifier.
    private mutating func stringWithPrefix(start: Int) throws(SyntaxError) -> Token? {
        var isRaw = false
        var isBytes = false
        var length = 0
        while length < 2, let scalar = peek(length) {
            let lower = scalar.properties.lowercaseMapping
            if lower == "r", !isRaw {
                isRaw = true
            } else if lower == "b", !isBytes {
                isBytes = true
            } else {
                break
            }
            length += 1
        }
        guard length > 0, let quote = peek(length), quote == "\"" || quote == "'" else { return nil }
        advance(length)
        return try string(start: start, isRaw: isRaw, isBytes: isBytes)
    }

    private mutating func punctuation(_ scalar: Unicode.Scalar, start: Int) throws(SyntaxError) -> Token {
        let two = String(Character(scalar)) + (peek(1).map { String(Character($0)) } ?? "")
        if two.unicodeScalars.count == 2, let punctuation = Token.Punctuation(rawValue: two) {
            advance(2)
            return Token(kind: .punctuation(punctuation), offset: start, length: 2)
        }
        if let punctuation = Token.Punctuation(rawValue: String(Character(scalar))), punctuation.rawValue.count == 1 {
            advance()
            return Token(kind: .punctuation(punctuation), offset: start, length: 1)
        }
        let help: String? =
            switch scalar {
            case "=": "use '==' to compare"
            case "&": "use '&&' or 'and'"
            case "|": "use '||' or 'or'"
            default: nil
            }
        throw SyntaxError("unexpected character '\(scalar.escaped(asASCII: false))'", at: start, help: help)
    }
}
