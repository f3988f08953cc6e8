import JalurExpression
import Testing

struct CheckerTests {
    let fixture = ResidentFixture()

    private func issues(_ marked: String) -> (MarkedExpression, [ExprIssue]) {
        let input = MarkedExpression(marked)
        do {
            _ = try fixture.environment.compile(input.source)
            return (input, [])
        } catch {
            return (input, error.issues)
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let marked: String
        let code: String
        let message: String
        var help: String? = nil
        var testDescription: String { marked }
    }

    @Test(arguments: [
        Case(
            marked: "1️⃣resident_x.age > 1",
            code: "unknown-identifier",
            message: "unknown name 'resident_x'",
            help: "did you mean 'resident'?"
        ),
        Case(
            marked: "1️⃣zzz",
            code: "unknown-identifier",
            message: "unknown name 'zzz'",
            help: "declare it, or check its spelling"
        ),
        Case(
            marked: "resident.1️⃣cow >= 13",
            code: "unknown-field",
            message: "'resident' has no field 'cow'",
            help: "did you mean 'cows'?"
        ),
        Case(
            marked: "resident.family.1️⃣conflict > 1",
            code: "unknown-field",
            message: "'resident.family' has no field 'conflict'",
            help: "did you mean 'conflict_level'?"
        ),
        Case(
            marked: "resident.substance_use.exists(s, s.1️⃣assist > 3)",
            code: "unknown-field",
            message: "'resident.substance_use' has no field 'assist'",
            help: "did you mean 'assist_score'?"
        ),
        Case(
            marked: "resident.gender == 1️⃣'f'",
            code: "unknown-enum-value",
            message: "'f' is not a value of 'resident.gender'",
            help: "allowed values: 'male', 'female'"
        ),
        Case(
            marked: "1️⃣'herion' in resident.substances",
            code: "unknown-enum-value",
            message: "'herion' is not a value of 'resident.substances'",
            help: "allowed values: 'methamphetamine', 'heroin', 'cannabis', 'alcohol', 'benzodiazepine', "
                + "'inhalant', 'other'"
        ),
        Case(
            marked: "resident.gender in ['male', 1️⃣'x']",
            code: "unknown-enum-value",
            message: "'x' is not a value of 'resident.gender'",
            help: "allowed values: 'male', 'female'"
        ),
        Case(
            marked: "1️⃣'detx' != stage",
            code: "unknown-enum-value",
            message: "'detx' is not a value of 'stage'",
            help: "allowed values: 'intake', 'detox', 'assessment'"
        ),
        Case(
            marked: "1️⃣resident.age + \"x\"",
            code: "type-mismatch",
            message: "'+' cannot combine 'int' and 'string'"
        ),
        Case(
            marked: "1️⃣resident.age + 1.5 > 2.0",
            code: "type-mismatch",
            message: "'+' cannot combine 'int' and 'double'",
            help: "convert one side with int(), uint() or double()"
        ),
        Case(marked: "!1️⃣resident.age", code: "type-mismatch", message: "the operand of '!' must be a bool, not 'int'"),
        Case(
            marked: "1️⃣resident.age && true",
            code: "type-mismatch",
            message: "an operand of '&&' must be a bool, not 'int'"
        ),
        Case(marked: "1️⃣resident.age == 'x'", code: "type-mismatch", message: "'==' cannot compare 'int' with 'string'"),
        Case(marked: "1️⃣resident.cows < 'x'", code: "type-mismatch", message: "'<' cannot compare 'int' with 'string'"),
        Case(
            marked: "1 in 1️⃣resident.age",
            code: "type-mismatch",
            message: "'in' needs a list or map on its right, not 'int'"
        ),
        Case(
            marked: "resident.age.1️⃣years",
            code: "type-mismatch",
            message: "a value of type 'int' has no field 'years'"
        ),
        Case(
            marked: "1️⃣size(resident.age) > 1",
            code: "type-mismatch",
            message: "'size' cannot take arguments of type 'int'",
            help: "use size(string|bytes|list|map) or "
                + "string|bytes|list|map.size()"
        ),
        Case(
            marked: "1️⃣sise(resident.substances) > 1",
            code: "unknown-function",
            message: "unknown function 'sise'",
            help: "did you mean 'size'?"
        ),
        Case(
            marked: "1️⃣resident.substances.contains('heroin')",
            code: "type-mismatch",
            message: "'contains' cannot take arguments of type 'list(enum resident.substances)', 'string'",
            help: "use string.contains(string)"
        ),
        Case(
            marked: "1️⃣days_since()",
            code: "wrong-arguments",
            message: "'days_since(…)' does not take 0 argument(s) this way",
            help: "use days_since(timestamp)"
        ),
        Case(marked: "'a'.matches(1️⃣'(')", code: "invalid-regex", message: "invalid regular expression '('"),
        Case(
            marked: "1️⃣resident.age ? 1 : 2",
            code: "type-mismatch",
            message: "the condition of '?:' must be a bool, not 'int'"
        ),
        Case(
            marked: "resident.substance_use.all(s, 1️⃣s.assist_score)",
            code: "type-mismatch",
            message: "the predicate of all() must be a bool, not 'int'"
        ),
        Case(
            marked: "1️⃣resident.age.exists(x, true)",
            code: "type-mismatch",
            message: "exists() needs a list or map, not 'int'"
        ),
        Case(marked: "[1].map(x, x) == [1] && 1️⃣x > 0", code: "unknown-identifier", message: "unknown name 'x'"),
    ])
    func reportsEachErrorKind(_ testCase: Case) throws {
        let (input, issues) = issues(testCase.marked)
        let issue = try #require(issues.first)
        #expect(issue.code == testCase.code)
        #expect(issue.message.hasPrefix(testCase.message))
        #expect(issue.offset == input[1])
        if let help = testCase.help { #expect(issue.help == help) }
    }

    @Test func collectsEveryProblem() {
        let (input, issues) = issues("resident.1️⃣ag > 1 && resident.2️⃣gendr == 'x' || 3️⃣foo")
        #expect(issues.map(\.offset) == [input[1], input[2], input[3]])
        #expect(issues.map(\.code) == ["unknown-field", "unknown-field", "unknown-identifier"])
    }

    @Test(arguments: [
        "resident.cows >= 13 && 'heroin' in resident.substances && days_in_stage > 3",
        "resident.age < 18.5",
        "dyn(resident.age) == 'x'",
        "resident.gender == 'female' and not resident.injecting",
        "stage in ['detox', 'intake']",
        "resident.substance_use.exists(s, s.substance == 'heroin' && s.assist_score > 26)",
        "resident.scores.phq9 > 10",
        "has(resident.family.conflict_level) ? resident.family.conflict_level == 'severe' : false",
        "days_since(resident.last_hiv_test) > 180",
        "resident.last_hiv_test.getFullYear('Asia/Jakarta') == 2026",
        "type(resident) == type(resident) && type(1) == int",
        "[1, 'a', 2.0].exists(x, x == 'a')",
        "{'a': 1}.all(k, k == 'a')",
        "resident.substances.map(s, s + '!').size() == 2",
        "resident.substance_use.map(s, s.assist_score > 3, s.assist_score).all(x, x > 3)",
    ])
    func acceptsValidExpressions(source: String) throws {
        _ = try fixture.environment.compile(source)
    }

    @Test func reportsStaticFactPathsAndVariables() throws {
        var environment = fixture.environment
        let derived = environment.declare("severe_case", type: .bool)
        let compiled = try environment.compile(
            "has(resident.family.conflict_level) && resident.substance_use.exists(s, s.assist_score > 3) "
                + "&& resident.cows >= 25 && severe_case && days_in_stage > 1"
        )
        #expect(
            compiled.factPaths == [
                "resident.cows", "resident.family.conflict_level", "resident.substance_use.assist_score",
            ]
        )
        #expect(compiled.variables == [fixture.residentSlot, fixture.daysInStageSlot, derived])
        #expect(compiled.type == .bool)
        #expect(!compiled.readsClock)
    }

    @Test(arguments: ["days_since(timestamp('2026-01-01T00:00:00Z')) > 3", "days_until(today) == 0"])
    func daysSinceAndUntilReadToday(source: String) throws {
        let compiled = try fixture.environment.compile(source)
        #expect(compiled.variables == [fixture.todaySlot])
        #expect(!compiled.readsClock)
    }

    @Test func daysSinceWithoutTodayReadsTheClock() throws {
        let compiled = try ExprEnvironment().compile("days_since(timestamp('2026-01-01T00:00:00Z')) > 3")
        #expect(compiled.variables.isEmpty)
        #expect(compiled.readsClock)
    }
}

struct ConversionCheckTests {
    @Test(arguments: [
        ("int([1])", "'int' cannot take arguments of type 'list(int)'"),
        ("bool(1)", "'bool' cannot take arguments of type 'int'"),
        ("duration(1)", "'duration' cannot take arguments of type 'int'"),
        ("timestamp(1.5)", "'timestamp' cannot take arguments of type 'double'"),
    ])
    func conversionsRejectImpossibleArguments(source: String, message: String) throws {
        let error = #expect(throws: ExprCompileError.self) { try ExprEnvironment().compile(source) }
        #expect(error?.issues.first?.message == message)
    }

    @Test(arguments: [
        "int('1')", "int(1.5)", "int(1u)", "string(b'a')", "string(duration('1s'))", "bool('true')",
        "timestamp(0)", "uint(dyn([1]))", "double(1)",
    ])
    func conversionsAcceptTheirOverloads(source: String) throws {
        _ = try ExprEnvironment().compile(source)
    }
}

struct QualifiedNameTests {
    @Test func dottedVariableNamesResolveBeforeFieldSelection() throws {
        var environment = ExprEnvironment()
        let dotted = environment.declare("x.y", type: .int)
        environment.declare("x", type: .map(key: .string, value: .int))
        let compiled = try environment.compile("x.y + 1")
        let activation = Activation(environment: environment)
        activation.bind(dotted, to: .int(41))
        #expect(compiled.evaluate(activation).celLiteral == "42")
        #expect(compiled.variables == [dotted])
    }
}

struct RuntimeTypeCheckingTests {
    @Test(arguments: [("false && 32", "false"), ("32 || true", "true"), ("1 + 'a'", "error: no such overload")])
    func typeMismatchesCanBeLeftToRunTime(source: String, expected: String) throws {
        let environment = ExprEnvironment()
        #expect(throws: ExprCompileError.self) { try environment.compile(source) }
        let compiled = try environment.compile(source, checksTypes: false)
        #expect(compiled.evaluate(Activation(environment: environment)).celLiteral == expected)
    }

    @Test func namesAreCheckedEvenWithoutTypeChecking() {
        let error = #expect(throws: ExprCompileError.self) {
            try ExprEnvironment().compile("true && nope", checksTypes: false)
        }
        #expect(error?.issues.map(\.code) == ["unknown-identifier"])
    }
}
