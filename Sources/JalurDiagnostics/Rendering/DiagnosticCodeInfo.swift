/// What a diagnostic code means, for documentation and for the rules of SARIF output.
public struct DiagnosticCodeInfo: Hashable, Sendable {
    /// The stable kebab-case code.
    public var code: String
    /// The severity the code is reported with.
    public var severity: Severity
    /// What the code reports: one lowercase phrase.
    public var summary: String
    /// How to fix it, in general.
    public var help: String

    /// Creates code information.
    public init(code: String, severity: Severity, summary: String, help: String) {
        self.code = code
        self.severity = severity
        self.summary = summary
        self.help = help
    }
}
