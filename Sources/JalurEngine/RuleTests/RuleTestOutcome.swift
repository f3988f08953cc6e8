public import JalurDiagnostics

/// How one test came out.
public struct RuleTestOutcome: Sendable {
    /// Whether it passed, failed an expectation, or could not run.
    public enum Status: String, Sendable, Hashable {
        /// Every expectation held.
        case passed
        /// Some expectation did not hold.
        case failed
        /// The resident could not be read or evaluated.
        case error
    }

    /// The test.
    public var test: RuleTest
    /// The evaluation, with its trace, when the resident could be evaluated.
    public var evaluation: Evaluation?
    /// Unmet expectations.
    public var failures: [RuleTestFailure]
    /// Problems with the test's resident (file, line and column).
    public var diagnostics: [Diagnostic]

    /// Creates an outcome.
    public init(test: RuleTest, evaluation: Evaluation?, failures: [RuleTestFailure], diagnostics: [Diagnostic]) {
        self.test = test
        self.evaluation = evaluation
        self.failures = failures
        self.diagnostics = diagnostics
    }

    /// Passed only when it was evaluated and met every expectation.
    public var status: Status {
        if evaluation == nil || diagnostics.contains(where: { $0.severity == .error }) { return .error }
        return failures.isEmpty ? .passed : .failed
    }
}

/// One suite's outcomes, in file order.
public struct RuleTestSuiteResult: Sendable {
    /// The suite.
    public var suite: RuleTestSuite
    /// One outcome per well-formed test.
    public var outcomes: [RuleTestOutcome]

    /// Creates a result.
    public init(suite: RuleTestSuite, outcomes: [RuleTestOutcome]) {
        self.suite = suite
        self.outcomes = outcomes
    }
}

/// The result of running every test: outcomes in order, and the totals of `N passed, M failed`.
public struct RuleTestReport: Sendable {
    /// One entry per suite, in load order, with its outcomes in file order.
    public var suites: [RuleTestSuiteResult]
    /// Coverage, when asked for.
    public var coverage: CoverageReport?

    /// Creates a report.
    public init(suites: [RuleTestSuiteResult], coverage: CoverageReport? = nil) {
        self.suites = suites
        self.coverage = coverage
    }

    /// Tests that met every expectation.
    public var passed: Int { suites.reduce(0) { $0 + $1.outcomes.count { $0.status == .passed } } }
    /// Tests that failed, could not run, or were malformed.
    public var failed: Int {
        suites.reduce(0) { $0 + $1.outcomes.count { $0.status != .passed } + $1.suite.malformedCount }
    }

    /// `N passed, M failed`.
    public var summaryLine: String { "\(passed) passed, \(failed) failed" }
}
