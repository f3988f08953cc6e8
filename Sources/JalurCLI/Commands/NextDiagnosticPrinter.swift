import Foundation
import JalurDiagnostics

/// Writes diagnostics to standard error as `file:line:column: error: message [code]` and a `help:` line.
///
/// Resident files hold health data, so unlike program diagnostics no source line is quoted.
struct NextDiagnosticPrinter: Sendable {
    static let standardError = NextDiagnosticPrinter()

    func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        var text = ""
        for diagnostic in diagnostics {
            text += diagnostic.description + "\n"
            if let help = diagnostic.help { text += "  help: \(help)\n" }
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    func printLine(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
