import ArgumentParser
import JalurDiagnostics
import JalurModel

extension ProgramOptions {
    /// Loads and checks the program for a command that needs a valid one (`next`, `test`, `simulate` …).
    ///
    /// On errors, prints every diagnostic to standard error in `format` and exits 1; otherwise returns the
    /// program. Warnings are printed only when `showWarnings` is set: they are `jalur validate`'s business.
    ///
    /// - Parameters:
    ///   - format: How to print diagnostics (`text` is coloured when standard error is a terminal).
    ///   - showWarnings: Whether to print warnings when there are no errors.
    /// - Returns: The loaded program, free of errors.
    /// - Throws: `ExitCode.failure` after printing, when the program has errors.
    func loadProgram(format: DiagnosticFormat = .text, showWarnings: Bool = false) throws -> Program {
        let checkup = ProgramCheckup(paths: effectivePaths)
        guard checkup.hasErrors || (showWarnings && !checkup.diagnostics.isEmpty) else { return checkup.program }
        let renderer = format.renderer(isColored: Terminal.supportsColor(2))
        let summary = checkup.summary(isStrict: false)
        Terminal.writeError(renderer.render(checkup.diagnostics, summary: summary))
        if format == .text, let counts = summary.countsPhrase {
            Terminal.writeError("\(checkup.hasErrors ? "failed" : "warning"): \(counts) in the program\n")
        }
        if checkup.hasErrors { throw ExitCode.failure }
        return checkup.program
    }
}
