public import JalurDiagnostics

/// One expectation a test did not meet: which key, what it expected, what the evaluation gave.
public struct RuleTestFailure: Sendable, Hashable {
    /// The `expect` key, such as `referrals`.
    public var key: String
    /// What the test expected, in words (`include [rsj-detox]`, `none`, `assessment`).
    public var expected: String
    /// What the evaluation gave, in words.
    public var actual: String
    /// The ids the failure is about (services, alert rules or levels, criteria …), for the trace.
    public var ids: [String]
    /// Where the expectation is written.
    public var location: SourceLocation

    /// Creates a failure.
    public init(key: String, expected: String, actual: String, ids: [String], location: SourceLocation) {
        self.key = key
        self.expected = expected
        self.actual = actual
        self.ids = ids
        self.location = location
    }

    /// `referrals: expected include [a], got [b, c]`.
    public var message: String { "\(key): expected \(expected), got \(actual)" }
}
