import Foundation
@testable import JalurExpression
import Testing

struct EvaluatorTests {
    let fixture = ResidentFixture()

    private func evaluate(_ source: String, _ fields: [String: Value] = [:]) throws -> Value {
        try fixture.evaluate(source, fields)
    }

    private func errorMessage(_ value: Value) -> String? {
        if case .error(let error) = value { return error.message }
        return nil
    }

    @Test(arguments: [
        ("1 + 2 * 3", "7"),
        ("7 / 2", "3"),
        ("-7 / 2", "-3"),
        ("-7 % 3", "-1"),
        ("7.0 / 2.0", "3.5"),
        ("2u * 3u", "6u"),
        ("'ab' + 'cd'", "\"abcd\""),
        ("[1] + [2, 3]", "[1, 2, 3]"),
        ("1 < 1.5 && 2u > 1 && 1.0 == 1", "true"),
        ("'b' > 'a' && b'a' < b'b' && false < true", "true"),
        ("2 in [1, 2] && 'k' in {'k': 1} && !(3 in [1, 2])", "true"),
        ("[1, 2][1] + {'a': 5}['a']", "7"),
        ("{'a': {'b': 2}}.a.b", "2"),
        ("true ? 'yes' : 1 / 0", "\"yes\""),
        ("false ? 1 / 0 : 'no'", "\"no\""),
        ("size('héllo') + size([1, 2]) + size({'a': 1}) + 'abc'.size()", "11"),
        ("'hello'.contains('ell') && 'hello'.startsWith('he') && 'hello'.endsWith('lo')", "true"),
        ("'abc123'.matches('[a-z]+[0-9]+') && !'abc'.matches('^b')", "true"),
        ("int('42') + int(2.9) + int(1u)", "45"),
        ("double(1) + double('0.5')", "1.5"),
        ("string(12) + string(true)", "\"12true\""),
        ("uint(7)", "7u"),
        ("bool('true')", "true"),
        ("type(1) == int && type('a') == string && type([]) == list && type(type(1)) == type", "true"),
        ("dyn(1) == 1.0", "true"),
        ("date('2026-03-02') == timestamp('2026-03-02T00:00:00Z')", "true"),
        ("days_since(date('2026-03-02'))", "30"),
        ("days_until(date('2026-04-11'))", "10"),
        ("timestamp('2026-01-01T00:00:00Z') + duration('36h')", "timestamp(\"2026-01-02T12:00:00Z\")"),
        ("timestamp('2026-01-01T23:00:00Z').getDate('Asia/Jakarta')", "2"),
        ("duration('90m').getHours()", "1"),
        ("[1, 2, 3].all(x, x > 0) && [1, 2, 3].exists(x, x == 2) && [1, 2, 3].exists_one(x, x > 2)", "true"),
        ("[1, 2, 3].map(x, x * 2)", "[2, 4, 6]"),
        ("[1, 2, 3].map(x, x > 1, x * 10)", "[20, 30]"),
        ("[1, 2, 3].filter(x, x != 2)", "[1, 3]"),
        ("{'a': 1, 'b': 2}.map(k, k)", "[\"a\", \"b\"]"),
        ("[[1, 2], [3]].all(l, l.all(x, x > 0)) && [[1], [2]].map(l, l.map(x, x + 1))[1][0] == 3", "true"),
        ("[1, 2].exists(x, [3, 4].exists(x, x == 4)) && [1, 2].all(x, x < 3)", "true"),
        ("not false and (true or false)", "true"),
    ])
    func evaluatesOperatorsAndFunctions(source: String, expected: String) throws {
        let value = try evaluate(source)
        #expect(value.celLiteral == expected)
    }

    @Test(arguments: [
        ("9223372036854775807 + 1", "integer overflow"),
        ("-9223372036854775808 - 1", "integer overflow"),
        ("-(-9223372036854775808)", "integer overflow"),
        ("1 / 0", "division by zero"),
        ("1 % 0", "modulus by zero"),
        ("0u - 1u", "unsigned integer overflow"),
        ("[1][5]", "index out of range: 5"),
        ("{'a': 1}['b']", "no such key: 'b'"),
        ("{'a': 1}.b", "no such key: 'b'"),
        ("true && 1 / 0 > 1", "division by zero"),
        ("1 / 0 > 1 || false", "division by zero"),
        ("[1, 0].all(x, 1 / x > 0)", "division by zero"),
        ("[0].exists_one(x, 1 / x > 0)", "division by zero"),
        ("int('x')", ""),
        ("dyn('a') + 1", "no such overload"),
        ("dyn(1) < 'a'", "no such overload"),
    ])
    func runtimeErrorsAreValues(source: String, message: String) throws {
        let value = try evaluate(source)
        let actual = try #require(errorMessage(value), "expected an error, got \(value.celLiteral)")
        #expect(actual.hasPrefix(message))
    }

    @Test(arguments: [
        ("false && 1 / 0 > 1", false),
        ("1 / 0 > 1 && false", false),
        ("true || 1 / 0 > 1", true),
        ("1 / 0 > 1 || true", true),
        ("resident.cows > 1 && false", false),
        ("false && resident.cows > 1", false),
        ("resident.cows > 1 || true", true),
        ("[0, 1].exists(x, 1 / x == 1)", true),
        ("[0, 1].all(x, 1 / x == 2)", false),
    ])
    func logicalOperatorsAbsorbErrorsInBothOrders(source: String, expected: Bool) throws {
        let value = try evaluate(source)
        #expect(value.celLiteral == "\(expected)")
    }

    @Test func missingFactsNameTheirSchemaPath() throws {
        let value = try evaluate("resident.cows >= 13")
        guard case .error(let error) = value else {
            Issue.record("expected an error, got \(value.celLiteral)")
            return
        }
        #expect(error.missingFact == "resident.cows")
        #expect(error.message == "no value recorded for 'resident.cows'")
    }

    @Test(arguments: [
        ("resident.family.conflict_level == 'severe'", [String: Value](), "resident.family"),
        (
            "resident.family.conflict_level == 'severe'",
            ["family": .object(ResidentFixture.object(ResidentFixture.family, [:]))], "resident.family.conflict_level"
        ),
        (
            "resident.substance_use.exists(s, s.assist_score > 3)",
            ["substance_use": .list([.object(ResidentFixture.object(ResidentFixture.substanceUse, [:]))])],
            "resident.substance_use.assist_score"
        ),
        (
            "resident.substance_use[0].assist_score > 3",
            ["substance_use": .list([.object(ResidentFixture.object(ResidentFixture.substanceUse, [:]))])],
            "resident.substance_use.assist_score"
        ),
        ("resident.scores.phq9 > 3", ["scores": .map(MapValue())], "resident.scores.phq9"),
        ("resident.scores['phq9'] > 3", ["scores": .map(MapValue())], "resident.scores.phq9"),
        ("'heroin' in resident.substances", [:], "resident.substances"),
    ])
    func missingFactPathsHaveNoListIndices(source: String, fields: [String: Value], path: String) throws {
        let value = try evaluate(source, fields)
        guard case .error(let error) = value else {
            Issue.record("expected an error, got \(value.celLiteral)")
            return
        }
        #expect(error.missingFact == path)
    }

    @Test func presenceTestsNeverFailOnAbsentFacts() throws {
        let family = Value.object(ResidentFixture.object(ResidentFixture.family, ["conflict_level": .string("mild")]))
        #expect(try evaluate("has(resident.cows)").celLiteral == "false")
        #expect(try evaluate("has(resident.cows)", ["cows": .int(3)]).celLiteral == "true")
        #expect(try evaluate("has(resident.family.conflict_level)").celLiteral == "false")
        #expect(try evaluate("has(resident.family.conflict_level)", ["family": family]).celLiteral == "true")
        #expect(try evaluate("has(resident.family.contact_last_30d)", ["family": family]).celLiteral == "false")
        #expect(try evaluate("has({'a': 1}.a) && !has({'a': 1}.b)").celLiteral == "true")
    }

    @Test func factsAreReadBySlot() throws {
        let value = try evaluate(
            "resident.cows >= 13 && 'heroin' in resident.substances && days_in_stage > 3 && stage == 'detox'",
            ["cows": .int(15), "substances": .list([.string("alcohol"), .string("heroin")])]
        )
        #expect(value.celLiteral == "true")
    }

    @Test func lazyBindingsAreEvaluatedAtMostOnceUntilReset() throws {
        var environment = fixture.environment
        let severe = environment.declare("severe_case", type: .bool)
        let derived = try environment.compile("resident.cows >= 25 || resident.injecting")
        let condition = try environment.compile("severe_case && (severe_case || days_in_stage > 1) && severe_case")
        let activation = Activation(environment: environment)
        activation.bind(fixture.residentSlot, to: ResidentFixture.residentValue(["cows": .int(30)]))
        activation.bind(fixture.daysInStageSlot, to: .int(2))
        activation.bindLazily(severe, to: derived)
        #expect(condition.evaluate(activation).celLiteral == "true")
        #expect(condition.evaluate(activation).celLiteral == "true")
        #expect(activation.lazyEvaluationCount == 1)
        activation.reset()
        activation.bind(
            fixture.residentSlot,
            to: ResidentFixture.residentValue(["cows": .int(3), "injecting": .bool(false)])
        )
        activation.bind(fixture.daysInStageSlot, to: .int(2))
        #expect(condition.evaluate(activation).celLiteral == "false")
        #expect(activation.lazyEvaluationCount == 2)
    }

    @Test func lazyBindingsInsideComprehensionsKeepTheOuterVariable() throws {
        var environment = fixture.environment
        let inner = environment.declare("inner", type: .bool)
        let derived = try environment.compile("[10, 20].all(y, y > 5)")
        let condition = try environment.compile("[1, 2].map(x, inner ? x : 0)")
        let activation = Activation(environment: environment)
        activation.bindLazily(inner, to: derived)
        #expect(condition.evaluate(activation).celLiteral == "[1, 2]")
    }

    @Test func unboundVariablesAreErrors() throws {
        let compiled = try fixture.environment.compile("days_in_stage > 1")
        let value = compiled.evaluate(Activation(environment: fixture.environment))
        #expect(errorMessage(value) == "no value bound for 'days_in_stage'")
    }

    @Test func daysSinceUsesTheDeclaredToday() throws {
        let value = try evaluate(
            "days_since(resident.last_hiv_test)",
            ["last_hiv_test": Builtins.date(.string("2026-01-01"))]
        )
        #expect(value.celLiteral == "90")
    }

    @Test func constantsAreFolded() throws {
        let compiled = try ExprEnvironment().compile("[1, 2].map(x, x * 2) == [2, 4] && 1 + 2 == 3")
        #expect(compiled.evaluate(Activation(environment: ExprEnvironment())).celLiteral == "true")
        let checked = try #require(try? Parser.parse("1 + 2 * 3"))
        var checker = Checker(environment: ExprEnvironment())
        let compiledNode = Compiler.compile(checker.check(checked).expr)
        #expect(compiledNode.constant?.celLiteral == "7")
    }
}

struct DeepExpressionTests {
    @Test(arguments: [
        String(repeating: "[", count: 240) + "1" + String(repeating: "]", count: 240),
        String(repeating: "-(", count: 120) + "1" + String(repeating: ")", count: 120),
        Array(repeating: "1", count: 240).joined(separator: " + "),
        String(repeating: "!", count: 240) + "true",
        String(repeating: "[1].map(x, ", count: 80) + "x" + String(repeating: ")", count: 80),
        String(repeating: "dyn(", count: 240) + "1" + String(repeating: ")", count: 240),
    ])
    func expressionsJustInsideTheLimitCompileAndRun(source: String) throws {
        var environment = ExprEnvironment()
        environment.declare("unused", type: .int)
        let compiled = try environment.compile(source)
        let value = compiled.evaluate(Activation(environment: environment))
        if case .error(let error) = value { Issue.record("unexpected error \(error.message)") }
    }
}

struct SmallStackTests {
    /// Runs `body` on a thread with a 2 MiB stack, a quarter of the main thread's.
    private func onSmallStack(_ body: @escaping @Sendable () -> Void) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let thread = Thread {
                body()
                continuation.resume()
            }
            thread.stackSize = 2 * 1024 * 1024
            thread.start()
        }
    }

    @Test func tooDeepInputIsAnErrorOnASmallStack() async {
        await onSmallStack {
            let deepest = String(repeating: "(", count: 50_000) + "1" + String(repeating: ")", count: 50_000)
            let error = #expect(throws: ExprCompileError.self) { try ExprEnvironment().compile(deepest) }
            #expect(error?.issues.first?.code == "nesting-too-deep")
        }
    }

    @Test(arguments: [
        String(repeating: "[", count: 249) + "v" + String(repeating: "]", count: 249),
        String(repeating: "-(", count: 249) + "v" + String(repeating: ")", count: 249),
        String(repeating: "f(", count: 249) + "v" + String(repeating: ")", count: 249),
    ])
    func expressionsAtTheLimitCompileAndRunOnASmallStack(source: String) async {
        await onSmallStack {
            var environment = ExprEnvironment()
            let slot = environment.declare("v", type: .int)
            do {
                let compiled = try environment.compile(source.replacingOccurrences(of: "f(", with: "int("))
                let activation = Activation(environment: environment)
                activation.bind(slot, to: .int(1))
                if case .error(let error) = compiled.evaluate(activation) {
                    Issue.record("unexpected error: \(error.message)")
                }
            } catch {
                Issue.record("unexpected compile error: \(error)")
            }
        }
    }
}
