@testable import JalurExpression
import Testing

struct ParserTests {
    @Test(arguments: [
        ("1 + 2 * 3", "(1 + (2 * 3))"),
        ("1 - 2 - 3", "((1 - 2) - 3)"),
        ("8 / 4 % 3 * 2", "(((8 / 4) % 3) * 2)"),
        ("a < b == c", "((a < b) == c)"),
        ("a in b && c || d", "(((a in b) && c) || d)"),
        ("a || b && c", "(a || (b && c))"),
        ("a ? b : c ? d : e", "(a ? b : (c ? d : e))"),
        ("a || b ? c : d", "((a || b) ? c : d)"),
        ("!a && b", "((!a) && b)"),
        ("--a", "(-(-a))"),
        ("-a.b", "(-a.b)"),
        ("-5", "-5"),
        ("- 5 - 2", "(-5 - 2)"),
        ("-9223372036854775808", "-9223372036854775808"),
        ("a.b.c[0].d", "a.b.c[0].d"),
        ("a.f(1, 2).g()", "a.f(1, 2).g()"),
        ("f()", "f()"),
        ("[1, 2,]", "[1, 2]"),
        ("{'a': 1, 'b': [x]}", "{\"a\": 1, \"b\": [x]}"),
        ("not a and b or c", "(((!a) && b) || c)"),
        ("has(a.b)", "has(a.b)"),
        ("l.all(x, x > 0)", "l.all(x, (x > 0))"),
        ("l.map(x, x > 0, x * 2)", "l.map(x, (x > 0), (x * 2))"),
        (".a", "a"),
        ("true && null != false", "(true && (null != false))"),
    ])
    func precedenceAndAssociativity(source: String, expected: String) throws {
        let expr = try Parser.parse(source)
        #expect(expr.description == expected)
    }

    @Test func nodesKnowTheirSourceRanges() throws {
        let input = MarkedExpression("1️⃣resident.2️⃣cows3️⃣ >= 13")
        let expr = try Parser.parse(input.source)
        guard case .binary(_, let lhs, _) = expr.kind, case .select(_, _, let fieldOffset) = lhs.kind else {
            Issue.record("unexpected shape \(expr)")
            return
        }
        #expect(lhs.range == input[1]!..<input[3]!)
        #expect(fieldOffset == input[2])
        #expect(expr.range == 0..<input.source.unicodeScalars.count)
    }

    @Test func longLogicalChainsAreBalanced() throws {
        let source = Array(repeating: "a", count: 5000).joined(separator: " || ")
        let expr = try Parser.parse(source)
        #expect(expr.height < 20)
    }

    @Test(arguments: [
        ("1 +1️⃣", "expected an expression, found end of expression"),
        ("(1 + 21️⃣", "expected ')' to close '(', found end of expression"),
        ("f(a 1️⃣b)", "expected ')' to close the arguments, found 'b'"),
        ("[1, 21️⃣", "expected ']' to close the list, found end of expression"),
        ("{'a' 1️⃣1}", "expected ':' after a map key, found '1'"),
        ("a.1️⃣(b)", "expected a name after '.', found '('"),
        ("a ? b1️⃣", "expected ':' in conditional '?:', found end of expression"),
        ("1 1️⃣2", "unexpected '2'"),
        ("1️⃣9223372036854775808", "integer literal is out of range for int"),
        ("1️⃣-1u", "a uint literal cannot be negative"),
        ("1️⃣has(a)", "has() takes one field selection such as 'has(resident.cows)'"),
        ("a && 1️⃣while", "'while' is a reserved word"),
        ("l.all(1️⃣x + 1, true)", "all() needs a variable name as its first argument"),
    ])
    func syntaxErrorsPointAtTheProblem(marked: String, message: String) throws {
        let input = MarkedExpression(marked)
        let error = #expect(throws: SyntaxError.self) { try Parser.parse(input.source) }
        #expect(error?.issue.message == message)
        #expect(error?.issue.offset == input[1])
    }

    @Test(arguments: [
        String(repeating: "(", count: 50_000) + "1" + String(repeating: ")", count: 50_000),
        String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
        String(repeating: "!", count: 50_000) + "true",
        String(repeating: "-", count: 300) + "a",
        Array(repeating: "a", count: 50_000).joined(separator: "+"),
        String(repeating: "f(", count: 300) + String(repeating: ")", count: 300),
        "a" + String(repeating: ".b", count: 300),
        String(repeating: "a ? b : ", count: 300) + "c",
    ])
    func deepNestingIsACleanError(source: String) throws {
        let error = #expect(throws: SyntaxError.self) { try Parser.parse(source) }
        #expect(error?.issue.code == "nesting-too-deep")
        #expect(error?.issue.message == "expression nests deeper than 250 levels")
    }

    @Test func nestingUpToTheLimitParses() throws {
        let source = String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)
        let expr = try Parser.parse(source)
        #expect(expr.description == "1")
    }

    @Test func overlongExpressionsAreRejected() throws {
        let source = String(repeating: "1 + ", count: ExprLimits.maxLength / 4) + "1"
        let error = #expect(throws: SyntaxError.self) { try Parser.parse(source) }
        #expect(error?.issue.code == "expression-too-long")
    }
}

struct IssueRenderingTests {
    @Test func positionsAreOneBasedLinesAndScalarColumns() {
        let source = "a &&\n  'é' == 1️⃣x"
        let input = MarkedExpression(source)
        let issue = ExprIssue(code: "unknown-identifier", message: "unknown name 'x'", offset: input[1] ?? -1)
        let position = issue.position(in: input.source)
        #expect(position.line == 2)
        #expect(position.column == 10)
    }

    @Test func renderingShowsTheLineACaretAndHelp() {
        let issue = ExprIssue(
            code: "unknown-field",
            message: "'resident' has no field 'cow'",
            help: "did you mean 'cows'?",
            offset: 9,
            length: 3
        )
        let text = issue.rendered(in: "resident.cow >= 13", file: "<expr>")
        #expect(
            text == """
                <expr>:1:10: error: 'resident' has no field 'cow' [unknown-field]
                    resident.cow >= 13
                             ^^^
                help: did you mean 'cows'?
                """
        )
    }
}
