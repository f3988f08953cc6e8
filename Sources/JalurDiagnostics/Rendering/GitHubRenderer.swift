/// The `github` format: GitHub Actions workflow commands, which show each diagnostic as an annotation on the
/// file and line in a pull request.
///
/// `::error file=F,line=L,col=C,title=CODE::MESSAGE` (`::warning` and `::notice` for the other severities).
/// The help line follows the message after an escaped line break. Escaping follows GitHub's runner: in the
/// message `%`, CR and LF become `%25`, `%0D` and `%0A`; property values also escape `:` and `,` as `%3A`
/// and `%2C`.
public struct GitHubRenderer: DiagnosticRenderer {
    /// Creates a renderer.
    public init() {}

    /// One workflow command per diagnostic, one per line; the summary is not printed.
    public func render(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) -> String {
        diagnostics.map { command(for: $0) + "\n" }.joined()
    }

    /// The workflow command for one diagnostic, without a line break.
    public func command(for diagnostic: Diagnostic) -> String {
        let name =
            switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
        let location = diagnostic.location
        let properties = [
            ("file", location.file), ("line", String(location.line)), ("col", String(location.column)),
            ("title", diagnostic.code),
        ]
        .map { "\($0)=\(Self.escapeProperty($1))" }.joined(separator: ",")
        let text = diagnostic.message + (diagnostic.help.map { "\nhelp: \($0)" } ?? "")
        return "::\(name) \(properties)::\(Self.escapeData(text))"
    }

    /// Escapes a command's message: `%`, CR and LF.
    public static func escapeData(_ text: String) -> String {
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// Escapes a property value: as ``escapeData(_:)``, plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
