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
        let heading = Self.printable("\(location): ")
        var output = style(heading, .bold) + style("\(diagnostic.severity.rawValue):", color(of: diagnostic))
        output += style(" \(Self.printable(diagnostic.message)) [\(diagnostic.code)]", .bold) + "\n"
        if let line = sourceLines.line(location.line, of: location.file) {
            let excerpt = Self.excerpt(of: line, around: location.column)
            output += excerpt.text + "\n" + excerpt.padding + style("^", .caret) + "\n"
        }
        if let help = diagnostic.help {
            output += style("help:", .help) + " \(Self.printable(help))\n"
        }
        return output
    }

    /// The widest source line shown whole; longer lines are cut to this many scalars around the column.
    public static let maxLineWidth = 200

    /// The part of `line` to show and the padding that puts a caret under the 1-based `column` (in Unicode
    /// scalars).
    ///
    /// Tabs are kept so the caret lines up; other control characters become U+FFFD so a file cannot send
    /// escape sequences to the terminal; a line longer than ``maxLineWidth`` is cut around the column,
    /// with `…` where text is left out.
    static func excerpt(of line: Substring, around column: Int) -> (text: String, padding: String) {
        let scalars = Array(line.unicodeScalars)
        let target = min(max(0, column - 1), scalars.count)
        var start = 0
        var end = scalars.count
        if scalars.count > maxLineWidth {
            start = max(0, min(target - maxLineWidth / 3, scalars.count - maxLineWidth))
            end = min(scalars.count, start + maxLineWidth)
        }
        var text = start > 0 ? "…" : ""
        var padding = start > 0 ? " " : ""
        for (position, scalar) in scalars[start..<end].enumerated() {
            text.unicodeScalars.append(scalar == "\t" || !isControl(scalar) ? scalar : "\u{FFFD}")
            if start + position < target { padding += scalar == "\t" ? "\t" : " " }
        }
        if end < scalars.count { text += "…" }
        return (text, padding)
    }

    /// `text` with control characters (line breaks and tabs included) replaced by U+FFFD, so that user
    /// values quoted in a message cannot move the cursor or send escape sequences to the terminal.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars { result.unicodeScalars.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
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
