public import JalurDiagnostics
public import JalurModel

/// Runs rule tests against one program and collects coverage from their traces.
public struct RuleTestRunner {
    /// A resident read for a test, or the problems that kept it from being read.
    public typealias ResolvedResident = (resident: Resident?, diagnostics: [Diagnostic])

    private var evaluator: Evaluator
    private var coverage: RuleCoverage

    /// Prepares a runner for `engine`'s program.
    public init(engine: Engine) {
        evaluator = engine.makeEvaluator()
        coverage = RuleCoverage(program: engine.program)
    }

    /// Runs every test of `suites` in order.
    ///
    /// - Parameters:
    ///   - suites: The suites read by ``RuleTestReader``.
    ///   - includeCoverage: Whether to fill ``RuleTestReport/coverage``.
    ///   - resolve: Reads a test's resident (inline or from a file).
    /// - Returns: Every outcome by suite, with coverage when asked for.
    public mutating func run(
        _ suites: [RuleTestSuite],
        includeCoverage: Bool,
        resolve: (RuleTest) -> ResolvedResident
    ) -> RuleTestReport {
        let results = suites.map { suite in
            RuleTestSuiteResult(suite: suite, outcomes: suite.tests.map { run($0, resolved: resolve($0)) })
        }
        return RuleTestReport(suites: results, coverage: includeCoverage ? coverage.report() : nil)
    }

    /// Runs one test on its resolved resident.
    public mutating func run(_ test: RuleTest, resolved: ResolvedResident) -> RuleTestOutcome {
        var outcome = RuleTestOutcome(test: test, evaluation: nil, failures: [], diagnostics: resolved.diagnostics)
        guard let resident = resolved.resident else { return outcome }
        do throws(EngineError) {
            let evaluation = try evaluator.evaluate(resident, asOf: test.asOf, includeTrace: true)
            coverage.record(evaluation)
            outcome.evaluation = evaluation
            outcome.failures = RuleTestCheck.failures(of: test.expectation, in: evaluation)
        } catch {
            outcome.diagnostics.append(error.diagnostic)
        }
        return outcome
    }
}
