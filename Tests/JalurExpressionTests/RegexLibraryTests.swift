import JalurExpression
import Testing

struct RegexLibraryTests {
    typealias Case = (pattern: String, string: String, expected: Bool)

    @Test(
        arguments: [
            ("ell", "hello", true),
            ("^h.*o$", "hello", true),
            ("^ello", "hello", false),
            ("o$", "hello\n", false),
            ("(?m)o$", "hello\nworld", true),
            ("\\d+", "abc123", true),
            ("^\\d+$", "١٢٣", false),
            ("^\\w+$", "héllo", false),
            ("^\\s$", "\u{A0}", false),
            ("[\\d]", "7", true),
            ("[\\D]", "7", false),
            ("[a[]", "[", true),
            ("[]a]", "]", true),
            ("[a&&b]", "&", true),
            ("[[:alpha:]]+", "abc", true),
            ("(?P<year>\\d{4})-\\d\\d", "2026-03", true),
            ("(?i)HEROIN", "heroin", true),
            ("\\pL", "é", true),
            ("^.$", "😀", true),
            ("a|b", "cbd", true),
            ("", "", true),
        ] as [Case]
    )
    func matches(_ c: Case) throws {
        let regex = try CompiledRegex(pattern: c.pattern)
        #expect(regex.matches(c.string) == c.expected)
        #expect(Builtins.matches(.string(c.string), .string(c.pattern)).celLiteral == String(c.expected))
        #expect(Builtins.matches(.string(c.string), regex).celLiteral == String(c.expected))
    }

    @Test(arguments: ["a(", "(?=a)", "(?!a)", "(?<=a)b", "(?<!a)b", "(?>a)", "(a)\\1", "a*+", "a++", "[a"])
    func rejectsInvalidOrNonRE2Patterns(pattern: String) {
        #expect(throws: RegexError.self) { try CompiledRegex(pattern: pattern) }
        let result = Builtins.matches(.string("a"), .string(pattern))
        #expect(result.celLiteral.hasPrefix("error: invalid regular expression '\(pattern)'"))
    }

    @Test func wrongTypes() throws {
        #expect(Builtins.matches(.int(1), .string("1")).celLiteral == "error: no such overload")
        #expect(Builtins.matches(.string("1"), .int(1)).celLiteral == "error: no such overload")
        let regex = try CompiledRegex(pattern: "a")
        #expect(Builtins.matches(.bytes([97]), regex).celLiteral == "error: no such overload")
    }
}
