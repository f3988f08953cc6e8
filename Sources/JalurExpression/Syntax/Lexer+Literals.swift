extension Lexer {
    /// An int, uint or double literal; a leading sign is a separate token.
    mutating func number(start: Int) throws(SyntaxError) -> Token {
        if peek() == "0", let x = peek(1), x == "x" || x == "X" {
            advance(2)
            let digitsStart = position
            while let scalar = peek(), scalar.properties.isASCIIHexDigit { advance() }
            let digits = text(from: digitsStart)
            guard !digits.isEmpty else { throw SyntaxError("hexadecimal literal has no digits", at: start, length: 2) }
            return try integer(digits, radix: 16, start: start)
        }
        while let scalar = peek(), isDigit(scalar) { advance() }
        var isDouble = false
        if peek() == ".", let next = peek(1), isDigit(next) {
            isDouble = true
            advance()
            while let scalar = peek(), isDigit(scalar) { advance() }
        }
        if let e = peek(), e == "e" || e == "E" {
            var ahead = 1
            if let sign = peek(1), sign == "+" || sign == "-" { ahead = 2 }
            if let digit = peek(ahead), isDigit(digit) {
                isDouble = true
                advance(ahead)
                while let scalar = peek(), isDigit(scalar) { advance() }
            }
        }
        let literal = text(from: start)
        if isDouble {
            guard let value = Double(literal) else { throw SyntaxError("invalid number '\(literal)'", at: start) }
            return Token(kind: .double(value), offset: start, length: position - start)
        }
        return try integer(literal, radix: 10, start: start)
    }

    private mutating func integer(_ digits: String, radix: Int, start: Int) throws(SyntaxError) -> Token {
        let isUnsigned = peek() == "u" || peek() == "U"
        if isUnsigned { advance() }
        let length = position - start
        guard let magnitude = UInt64(digits, radix: radix) else {
            throw SyntaxError("integer literal '\(text(from: start))' is out of range", at: start, length: length)
        }
        return Token(kind: isUnsigned ? .uint(magnitude) : .int(magnitude), offset: start, length: length)
    }

    func text(from start: Int) -> String {
        var view = String.UnicodeScalarView()
        for index in start..<position { view.append(peekAbsolute(index)) }
        return String(view)
    }

    /// A quoted literal whose opening quote is at the current position.
    mutating func string(start: Int, isRaw: Bool, isBytes: Bool) throws(SyntaxError) -> Token {
        guard let quote = peek() else { throw SyntaxError("unterminated string literal", at: start) }
        let isTriple = peek(1) == quote && peek(2) == quote
        advance(isTriple ? 3 : 1)
        var decoder = EscapeDecoder(isBytes: isBytes)
        while true {
            guard let scalar = peek() else {
                throw SyntaxError("unterminated string literal", at: start, help: "close it with \(quote)")
            }
            if scalar == quote && (!isTriple || (peek(1) == quote && peek(2) == quote)) {
                advance(isTriple ? 3 : 1)
                break
            }
            if !isTriple && (scalar == "\n" || scalar == "\r") {
                throw SyntaxError(
                    "newline in string literal",
                    at: position,
                    help: "use '\\n' or a triple-quoted string"
                )
            }
            if scalar == "\\" && !isRaw {
                try escape(into: &decoder)
            } else {
                decoder.append(scalar)
                advance()
            }
        }
        let length = position - start
        let kind: Token.Kind = isBytes ? .bytes(decoder.bytes) : .string(decoder.string)
        return Token(kind: kind, offset: start, length: length)
    }

    /// Decodes one escape sequence starting at the backslash.
    private mutating func escape(into decoder: inout EscapeDecoder) throws(SyntaxError) {
        let start = position
        advance()
        guard let letter = peek() else { throw SyntaxError("unterminated escape sequence", at: start) }
        advance()
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}", "n": "\n", "r": "\r", "t": "\t", "v": "\u{0B}",
            "\\": "\\", "'": "'", "\"": "\"", "`": "`", "?": "?",
        ]
        if let replacement = simple[letter] {
            decoder.append(replacement)
            return
        }
        switch letter {
        case "x", "X":
            decoder.appendCode(try hexDigits(2, escapeStart: start), isByte: true)
        case "u":
            guard !decoder.isBytes else { throw SyntaxError("'\\u' is not allowed in bytes literals", at: start) }
            try appendScalar(try hexDigits(4, escapeStart: start), into: &decoder, at: start)
        case "U":
            guard !decoder.isBytes else { throw SyntaxError("'\\U' is not allowed in bytes literals", at: start) }
            try appendScalar(try hexDigits(8, escapeStart: start), into: &decoder, at: start)
        case "0"..."3":
            var value = letter.value - 48
            for _ in 0..<2 {
                guard let digit = peek(), ("0"..."7").contains(digit) else {
                    throw SyntaxError("octal escape needs three digits", at: start, length: position - start)
                }
                value = value * 8 + digit.value - 48
                advance()
            }
            decoder.appendCode(value, isByte: true)
        default:
            throw SyntaxError(
                "invalid escape sequence '\\\(letter.escaped(asASCII: false))'",
                at: start,
                length: 2,
                help: "write '\\\\' for a backslash"
            )
        }
    }

    private mutating func hexDigits(_ count: Int, escapeStart: Int) throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<count {
            guard let digit = peek(), digit.properties.isASCIIHexDigit, let number = UInt32(String(digit), radix: 16)
            else {
                throw SyntaxError("escape sequence needs \(count) hexadecimal digits", at: escapeStart)
            }
            value = value &* 16 &+ number
            advance()
        }
        return value
    }

    private func appendScalar(_ code: UInt32, into decoder: inout EscapeDecoder, at start: Int) throws(SyntaxError) {
        guard let scalar = Unicode.Scalar(code) else {
            throw SyntaxError("escape sequence is not a valid Unicode scalar", at: start, length: position - start)
        }
        decoder.append(scalar)
    }
}

/// Accumulates the decoded contents of a string or bytes literal.
struct EscapeDecoder {
    let isBytes: Bool
    private(set) var bytes: [UInt8] = []
    private var scalars = String.UnicodeScalarView()

    init(isBytes: Bool) { self.isBytes = isBytes }

    var string: String { String(scalars) }

    mutating func append(_ scalar: Unicode.Scalar) {
        if isBytes { bytes.append(contentsOf: Array(String(scalar).utf8)) } else { scalars.append(scalar) }
    }

    /// `\x` and octal escapes: a raw byte in bytes literals, a code point in strings.
    mutating func appendCode(_ code: UInt32, isByte: Bool) {
        if isBytes {
            bytes.append(UInt8(truncatingIfNeeded: code))
        } else if let scalar = Unicode.Scalar(code) {
            scalars.append(scalar)
        }
    }
}
