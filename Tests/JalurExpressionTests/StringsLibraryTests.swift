import JalurExpression
import Testing

struct StringsLibraryTests {
    typealias Case = (string: String, argument: String, expected: Bool)

    @Test(
        arguments: [
            ("hello world", "o w", true),
            ("hello", "", true),
            ("", "", true),
            ("", "a", false),
            ("hello", "hello!", false),
            ("aaab", "aab", true),
            ("Ame\u{301}lie", "e", true),
            ("Am\u{E9}lie", "Ame", false),
            ("héroïne", "roï", true),
        ] as [Case]
    )
    func contains(_ c: Case) {
        #expect(Builtins.contains(.string(c.string), .string(c.argument)).celLiteral == String(c.expected))
    }

    @Test(
        arguments: [
            ("methamphetamine", "meth", true),
            ("meth", "methamphetamine", false),
            ("x", "", true),
            ("e\u{301}", "e", true),
            ("\u{E9}", "e", false),
        ] as [Case]
    )
    func startsWith(_ c: Case) {
        #expect(Builtins.startsWith(.string(c.string), .string(c.argument)).celLiteral == String(c.expected))
    }

    @Test(
        arguments: [
            ("methamphetamine", "amine", true),
            ("amine", "methamphetamine", false),
            ("x", "", true),
            ("ae\u{301}", "\u{301}", true),
            ("caf\u{E9}", "e", false),
        ] as [Case]
    )
    func endsWith(_ c: Case) {
        #expect(Builtins.endsWith(.string(c.string), .string(c.argument)).celLiteral == String(c.expected))
    }

    @Test func wrongTypesAndErrors() {
        #expect(Builtins.contains(.int(1), .string("1")).celLiteral == "error: no such overload")
        #expect(Builtins.startsWith(.string("1"), .bytes([])).celLiteral == "error: no such overload")
        #expect(Builtins.endsWith(.error(EvalError("boom")), .string("")).celLiteral == "error: boom")
    }
}
