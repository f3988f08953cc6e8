@testable import JalurExpression
import Testing

struct LexerTests {
    private func kinds(_ source: String) throws -> [Token.Kind] {
        try Lexer.tokens(of: source).map(\.kind).dropLast()
    }

    @Test func numbersOfEveryKind() throws {
        let kinds = try kinds("0 42 0x1F 7u 0XffU 1.5 .25 2e3 1.5E-2 9223372036854775808")
        #expect(
            kinds == [
                .int(0), .int(42), .int(31), .uint(7), .uint(255), .double(1.5), .double(0.25), .double(2000),
                .double(0.015), .int(9_223_372_036_854_775_808),
            ]
        )
    }

    @Test func operatorsAndWordAliases() throws {
        let kinds = try kinds("a && b || !c and d or not e in f <= >= == != ? :")
        let expected: [Token.Kind] = [
            .identifier("a"), .punctuation(.and), .identifier("b"), .punctuation(.or), .punctuation(.not),
            .identifier("c"), .punctuation(.and), .identifier("d"), .punctuation(.or), .punctuation(.not),
            .identifier("e"), .punctuation(.in), .identifier("f"), .punctuation(.lessEqual),
            .punctuation(.greaterEqual), .punctuation(.equal), .punctuation(.notEqual), .punctuation(.question),
            .punctuation(.colon),
        ]
        #expect(kinds == expected)
    }

    @Test(arguments: [
        (#""a\tb""#, "a\tb"),
        (#"'it\'s'"#, "it's"),
        (#""\a\b\f\n\r\v\\\"\`\?""#, "\u{07}\u{08}\u{0C}\n\r\u{0B}\\\"`?"),
        (#""\x41\101\u00e9\U0001F431""#, "AAé🐱"),
        (#"r"a\nb""#, #"a\nb"#),
        (#"R'\d+'"#, #"\d+"#),
        ("'''two\nlines'''", "two\nlines"),
        (#""""has "quotes" inside""""#, #"has "quotes" inside"#),
        ("''", ""),
    ])
    func stringLiterals(source: String, expected: String) throws {
        let kinds = try kinds(source)
        #expect(kinds == [.string(expected)])
    }

    @Test func bytesLiteralsKeepRawBytes() throws {
        let kinds = try kinds(#"b"\xff\000a" B'é' rb"\x""#)
        #expect(kinds == [.bytes([0xFF, 0, 0x61]), .bytes([0xC3, 0xA9]), .bytes([0x5C, 0x78])])
    }

    @Test func commentsAreSkipped() throws {
        let kinds = try kinds("a // the rest\n+ b")
        #expect(kinds == [.identifier("a"), .punctuation(.plus), .identifier("b")])
    }

    @Test func offsetsCountUnicodeScalars() throws {
        let tokens = try Lexer.tokens(of: "'é🐱' + x")
        #expect(tokens.map(\.offset) == [0, 5, 7, 8])
        #expect(tokens[0].length == 4)
    }

    @Test(arguments: [
        ("1️⃣'abc", "unterminated string literal"),
        ("'a1️⃣\nb'", "newline in string literal"),
        ("'1️⃣\\q'", "invalid escape sequence '\\q'"),
        ("'1️⃣\\x4'", "escape sequence needs 2 hexadecimal digits"),
        ("a 1️⃣= b", "unexpected character '='"),
        ("a 1️⃣# b", "unexpected character '#'"),
        ("1️⃣18446744073709551616", "integer literal '18446744073709551616' is out of range"),
        ("1️⃣0x", "hexadecimal literal has no digits"),
        ("b'1️⃣\\u00e9'", "'\\u' is not allowed in bytes literals"),
    ])
    func errorsNameTheirPosition(marked: String, message: String) throws {
        let input = MarkedExpression(marked)
        let error = #expect(throws: SyntaxError.self) { try Lexer.tokens(of: input.source) }
        #expect(error?.issue.message == message)
        #expect(error?.issue.offset == input[1])
        #expect(error?.issue.code == "expression-syntax")
    }
}
