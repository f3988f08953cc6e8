public import JalurDiagnostics
public import JalurModel

/// One test of a `kind: tests` document (SPEC §4.1): a resident on a date, and what the evaluation must give.
public struct RuleTest: Sendable {
    /// Where the resident of a test comes from.
    public enum ResidentSource: Sendable {
        /// Written inline under `resident:`, with positions.
        case inline(RawNode)
        /// A resident file named by `file:`, already resolved against the tests file's folder.
        case file(path: String, at: SourceLocation)
    }

    /// The id of the `kind: tests` document.
    public var suite: String
    /// What the test shows, printed when it fails.
    public var name: String
    /// Where the test starts in its file (1-based line and column).
    public var location: SourceLocation
    /// The date the resident is evaluated on.
    public var asOf: Day
    /// The resident.
    public var resident: ResidentSource
    /// What the evaluation must give.
    public var expectation: RuleTestExpectation

    /// Creates a test.
    public init(
        suite: String,
        name: String,
        location: SourceLocation,
        asOf: Day,
        resident: ResidentSource,
        expectation: RuleTestExpectation
    ) {
        self.suite = suite
        self.name = name
        self.location = location
        self.asOf = asOf
        self.resident = resident
        self.expectation = expectation
    }
}

/// The tests of one `kind: tests` document, in file order.
public struct RuleTestSuite: Sendable {
    /// The document id.
    public var id: String
    /// Where the document starts.
    public var location: SourceLocation
    /// The well-formed tests; a test with errors is left out and counted in ``malformedCount``.
    public var tests: [RuleTest]
    /// How many tests had errors and cannot run (each counts as failed).
    public var malformedCount: Int

    /// Creates a suite.
    public init(id: String, location: SourceLocation, tests: [RuleTest], malformedCount: Int = 0) {
        self.id = id
        self.location = location
        self.tests = tests
        self.malformedCount = malformedCount
    }
}
