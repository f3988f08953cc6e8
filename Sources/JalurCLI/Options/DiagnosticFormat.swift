import ArgumentParser
import JalurDiagnostics

/// How diagnostics are printed: `text`, `json`, `github` or `sarif` (`--format` of `jalur validate`).
enum DiagnosticFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Compiler-style lines with the source line and a caret, coloured on a terminal.
    case text
    /// One JSON object with the diagnostics and a summary.
    case json
    /// GitHub Actions workflow commands (annotations on pull requests).
    case github
    /// SARIF 2.1.0, for code scanning tools.
    case sarif

    /// The renderer for this format; `isColored` applies to `text` only.
    func renderer(isColored: Bool) -> any DiagnosticRenderer {
        switch self {
        case .text: TextRenderer(isColored: isColored)
        case .json: JSONRenderer()
        case .github: GitHubRenderer()
        case .sarif: SARIFRenderer()
        }
    }
}
