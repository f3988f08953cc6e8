public import JalurDiagnostics
public import JalurModel

/// One resident read from a file or a line: the resident when it is valid, and every problem found.
public struct ResidentReadResult: Sendable {
    /// The resident, or `nil` when an error keeps it from being evaluated.
    public var resident: Resident?
    /// Errors and warnings, in the order found.
    public var diagnostics: [Diagnostic]
    /// Where the resident starts.
    public var source: SourceLocation

    /// Creates a result.
    public init(resident: Resident?, diagnostics: [Diagnostic], source: SourceLocation) {
        self.resident = resident
        self.diagnostics = diagnostics
        self.source = source
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
