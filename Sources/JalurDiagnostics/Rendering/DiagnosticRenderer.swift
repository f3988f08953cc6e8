/// Turns diagnostics into the text of one output format.
public protocol DiagnosticRenderer {
    /// The complete output for `diagnostics`, which are already in display order.
    ///
    /// - Parameters:
    ///   - diagnostics: What to report, sorted.
    ///   - summary: Their totals and what was checked.
    /// - Returns: The text to print, ending with a newline (empty when a format prints nothing).
    func render(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) -> String
}
