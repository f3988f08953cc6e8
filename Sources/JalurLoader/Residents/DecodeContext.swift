import JalurDiagnostics
import JalurJSON

/// Where decoding diagnostics go: the file name, how to turn parser columns into scalar columns, and the
/// diagnostics collected so far.
struct DecodeContext {
    let file: String
    let columns: (JSONPosition) -> JSONPosition
    var diagnostics: [Diagnostic] = []
    var hasErrors = false

    func location(_ position: JSONPosition) -> SourceLocation {
        let resolved = columns(position)
        return SourceLocation(file: file, line: Int(resolved.line), column: Int(resolved.column))
    }

    mutating func error(_ code: String, _ message: String, help: String?, at position: JSONPosition) {
        hasErrors = true
        diagnostics.append(
            Diagnostic(code: code, severity: .error, message: message, location: location(position), help: help)
        )
    }

    mutating func warning(_ code: String, _ message: String, help: String?, at position: JSONPosition) {
        diagnostics.append(
            Diagnostic(code: code, severity: .warning, message: message, location: location(position), help: help)
        )
    }

    mutating func unknownKey(_ key: String, among names: [String], in what: String, at position: JSONPosition) {
        let help =
            DidYouMean.closest(to: key, among: names).map { "did you mean '\($0)'?" }
            ?? "known keys: \(names.sorted().joined(separator: ", "))"
        error("unknown-key", "unknown key '\(key)' in \(what)", help: help, at: position)
    }

    mutating func wrongType(_ path: String, expected: String, found: JSONValue, at position: JSONPosition) {
        error(
            "wrong-type",
            "'\(path)' must be \(expected), not \(article(found.kindName))",
            help: hint(expected: expected, found: found),
            at: position
        )
    }

    private func article(_ kind: String) -> String {
        kind == "int" || kind == "object" ? "an \(kind)" : "a \(kind)"
    }

    private func hint(expected: String, found: JSONValue) -> String {
        switch (expected, found) {
        case ("a list", _): "write a list, for example [value] or one '- value' per line"
        case ("a date (YYYY-MM-DD)", _): "write the date as YYYY-MM-DD, for example 2026-03-02"
        case ("a whole number", .double): "write a whole number without a fraction, for example 7"
        case (_, .string) where expected != "a string": "remove the quotes around the value"
        default: "record \(expected)"
        }
    }
}
