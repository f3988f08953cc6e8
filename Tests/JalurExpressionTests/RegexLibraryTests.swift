@testable import JalurExpression
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
            ("", "cows", true),
            ("foo|bar", "", false),
            ("ubb", "hubba", true),
            ("gr(a|e)y", "grey", true),
            ("ba(na)*", "banana", true),
            ("a+ñ+a+", "mañana", true),
            ("^$", "", true),
            ("^$", "x", false),
            ("^meth$", "meth", true),
            ("^meth$", "methadone", false),
            ("amine$", "methamphetamine", true),
            ("amine$", "amines", false),
            ("a.c", "abc", true),
            ("a\\.c", "abc", false),
            ("a\\.c", "a.c", true),
            ("\\$5", "costs $5", true),
            ("e", "e\u{301}", true),
            ("\u{E9}", "e\u{301}", false),
        ] as [Case]
    )
    func matches(_ c: Case) throws {
        let regex = try CompiledRegex(pattern: c.pattern)
        #expect(regex.matches(c.string) == c.expected)
        #expect(Builtins.matches(.string(c.string), .string(c.pattern)).celLiteral == String(c.expected))
        #expect(Builtins.matches(.string(c.string), regex).celLiteral == String(c.expected))
    }

    @Test(arguments: [
        ("meth", true), ("^meth", true), ("amine$", true), ("^\\.5$", true), ("a\\$", true), ("", true),
        ("a.c", false), ("\\d", false), ("a|b", false), ("(?i)a", false), ("a$b", false), ("a\\b", false),
    ])
    func plainTextPatternsSkipTheEngine(pattern: String, isLiteral: Bool) throws {
        #expect(try CompiledRegex(pattern: pattern).isLiteral == isLiteral)
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
