/// How serious a ``Diagnostic`` is.
public enum Severity: String, Hashable, Sendable, Codable, CaseIterable {
    /// The input is wrong; commands exit 1.
    case error
    /// The input is suspicious; `--strict` turns it into a failure.
    case warning
    /// Extra information attached to another diagnostic.
    case note
}
