import JalurDiagnostics

/// Collects the diagnostics of one load.
final class DiagnosticCollector {
    private(set) var diagnostics: [Diagnostic] = []

    /// Whether any error (not warning) was reported.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Records an error.
    func error(_ code: String, _ message: String, at location: SourceLocation, help: String?) {
        diagnostics.append(Diagnostic(code: code, severity: .error, message: message, location: location, help: help))
    }

    /// Records a warning.
    func warning(_ code: String, _ message: String, at location: SourceLocation, help: String?) {
        diagnostics.append(
            Diagnostic(code: code, severity: .warning, message: message, location: location, help: help)
        )
    }

    /// Records a diagnostic as is.
    func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
}
