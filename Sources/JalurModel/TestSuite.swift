public import JalurDiagnostics

/// A `kind: tests` document (SPEC §4.1), loaded as a shape; `jalur test` gives it meaning.
public struct TestSuite: Sendable {
    /// The document id.
    public var id: Located<String>
    /// Where the document starts.
    public var location: SourceLocation
    /// The whole document as read, with positions, for `jalur test` to interpret.
    public var content: RawNode?

    /// Creates a suite.
    public init(id: Located<String>, location: SourceLocation, content: RawNode? = nil) {
        self.id = id
        self.location = location
        self.content = content
    }
}

/// A `kind: scenario` document, loaded as a shape; cohort simulation gives it meaning.
public struct Scenario: Sendable {
    /// The document id.
    public var id: Located<String>
    /// Where the document starts.
    public var location: SourceLocation
    /// The whole document as read, with positions, for cohort simulation to interpret.
    public var content: RawNode?

    /// Creates a scenario.
    public init(id: Located<String>, location: SourceLocation, content: RawNode? = nil) {
        self.id = id
        self.location = location
        self.content = content
    }
}
