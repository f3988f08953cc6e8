/// The human format, like the Swift compiler's: `file:line:column: error: message [code]`, the source line
/// with a caret under the column, then `help: ...`.
///
/// Colours (bold, red errors, yellow warnings) are used only when ``isColored`` is set; the command sets it
/// when standard error is a terminal and `NO_COLOR` is not set. The summary line is not part of this output:
/// see ``summaryLine(_:)``.
public struct TextRenderer: DiagnosticRenderer {
    /// Whether to add ANSI colour codes.
    public var isColored: Bool
    /// Where the source lines come from.
    public var sourceLines: SourceLines

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - isColored: Whether to add ANSI colour codes.
    ///   - sourceLines: Reads the lines shown under each diagnostic.
    public init(isColored: Bool = false, sourceLines: SourceLines = SourceLines()) {
        self.isColored = isColored
        self.sourceLines = sourceLines
    }

    /// Every diagnostic in order; the summary line is left to the command.
    public func render(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) -> String {
        diagnostics.map(render).joined()
    }

    /// One diagnostic: its heading, source line and caret (when the line can be read), and help.
    public func render(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        var output = style("\(location): ", .bold) + style("\(diagnostic.severity.rawValue):", color(of: diagnostic))
        output += style(" \(diagnostic.message) [\(diagnostic.code)]", .bold) + "\n"
        if let line = sourceLines.line(location.line, of: location.file) {
            output += line + "\n" + Self.padding(before: location.column, in: line) + style("^", .caret) + "\n"
        }
        if let help = diagnostic.help {
            output += style("help:", .help) + " \(help)\n"
        }
        return output
    }

    /// Spaces up to the 1-based `column` (in Unicode scalars), keeping tabs so the caret lines up.
    static func padding(before column: Int, in line: Substring) -> String {
        var padding = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            padding += scalar == "\t" ? "\t" : " "
        }
        return padding
    }

    /// ANSI select-graphic-rendition parameters.
    private enum Style {
        case bold, error, warning, note, caret, help

        var parameters: String {
            switch self {
            case .bold: "1"
            case .error: "1;31"
            case .warning: "1;33"
            case .note, .help: "1;36"
            case .caret: "1;32"
            }
        }
    }

    private func color(of diagnostic: Diagnostic) -> Style {
        switch diagnostic.severity {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
    }

    private func style(_ text: String, _ style: Style) -> String {
        guard isColored else { return text }
        return "\u{1B}[\(style.parameters)m\(text)\u{1B}[0m"
    }
}
