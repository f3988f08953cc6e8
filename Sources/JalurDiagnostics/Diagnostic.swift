/// A problem in the user's input: what is wrong, where, and how to fix it.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A stable kebab-case identifier such as `unknown-key`; outputs and tests match on it.
    public var code: String
    /// Whether the problem fails the command, or only does so under `--strict`.
    public var severity: Severity
    /// What is wrong: one lowercase sentence, user values in single quotes, no trailing period.
    public var message: String
    /// Where it is wrong.
    public var location: SourceLocation
    /// How to fix it, when the tool can tell.
    public var help: String?

    /// Creates a diagnostic.
    public init(code: String, severity: Severity, message: String, location: SourceLocation, help: String? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.location = location
        self.help = help
    }

    /// The one-line form: `file:line:column: error: message [code]`.
    public var description: String { "\(location): \(severity.rawValue): \(message) [\(code)]" }
}

extension Diagnostic {
    /// Orders diagnostics by location, then code, then message, for stable output.
    public static func stableOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}
