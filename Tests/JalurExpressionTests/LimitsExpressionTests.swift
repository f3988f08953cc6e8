import JalurExpression
import Testing

/// The documented expression limits (``ExprLimits``): the largest input within them compiles, one more is a
/// clean compile error that names the limit.
struct LimitsExpressionTests {
    func issues(_ source: String) -> [ExprIssue] {
        do {
            _ = try ExprEnvironment().compile(source)
            return []
        } catch {
            return error.issues
        }
    }

    @Test func expressionAtTheLengthLimitCompiles() {
        let literal = "'" + String(repeating: "a", count: ExprLimits.maxLength - 2) + "'"
        #expect(literal.unicodeScalars.count == ExprLimits.maxLength)
        #expect(issues(literal).isEmpty)
    }

    @Test func expressionOverTheLengthLimitIsRefused() throws {
        let literal = "'" + String(repeating: "é", count: ExprLimits.maxLength - 1) + "'"
        let issue = try #require(issues(literal).first)
        #expect(issue.code == "expression-too-long")
        #expect(issue.message == "expression is 200001 characters long, more than the limit of 200000")
        #expect(issue.help == "split it into derived names")
        #expect(issue.offset == 0)
    }

    @Test(arguments: [
        ("(", ")"), ("[", "]"), ("size(", ")"), ("-", ""), ("!", ""), ("false ? 1 : ", ""), ("{'k': ", "}"),
    ])
    func nestingAtTheLimitCompilesAndOneMoreIsRefused(_ open: String, _ close: String) throws {
        let inner = open == "!" ? "true" : "1"
        func nested(_ depth: Int) -> String {
            String(repeating: open, count: depth) + inner + String(repeating: close, count: depth)
        }
        let fits = (1...ExprLimits.maxNesting).last { depth in
            !issues(nested(depth)).contains { $0.code == "nesting-too-deep" }
        }
        // Each level of brackets or operators costs one level, give or take the root.
        #expect(fits.map { $0 >= ExprLimits.maxNesting - 2 } == true, "only \(fits ?? 0) levels of \(open) fit")
        let issue = try #require(issues(nested(ExprLimits.maxNesting + 1)).first)
        #expect(issue.code == "nesting-too-deep")
        #expect(issue.message == "expression nests deeper than 250 levels")
        #expect(issue.help == "split it into derived names")
    }

    @Test func hostileNestingIsAnErrorNotACrash() throws {
        let source = String(repeating: "(", count: 90_000) + "1" + String(repeating: ")", count: 90_000)
        let issue = try #require(issues(source).first)
        #expect(issue.code == "nesting-too-deep")
    }

    @Test func longChainsOfAndAndOrAreBalancedNotNested() throws {
        let clauses = (0..<10_000).map { "\($0) < \($0 + 1)" }
        let environment = ExprEnvironment()
        let andChain = try environment.compile(clauses.joined(separator: " && "))
        let orChain = try environment.compile(clauses.joined(separator: " or "))
        let activation = Activation(environment: environment)
        #expect(andChain.evaluate(activation).matchesConformanceValue(.bool(true)))
        #expect(orChain.evaluate(activation).matchesConformanceValue(.bool(true)))
    }
}
