import JalurDiagnostics
import JalurLoader
import JalurModel
import JalurValidation

/// A program loaded and checked: what the loader built and everything the loader and validator found.
struct ProgramCheckup {
    /// The program, possibly partial when there are errors.
    let program: Program
    /// Every diagnostic, unique, sorted by file, line, column, then code, message, severity and help.
    let diagnostics: [Diagnostic]

    /// Loads the program under `paths`, runs every check of ``ProgramValidator`` on it and interprets every
    /// scenario document (``ScenarioCheck``).
    init(paths: [String]) {
        let (program, loaded) = ProgramLoader().load(paths: paths)
        let checked = ProgramValidator().validate(program, loadDiagnostics: loaded)
        let scenarios = ScenarioCheck(program: program).diagnostics()
        self.program = program
        diagnostics = Array(Set(loaded + checked + scenarios)).sorted(by: Self.totalOrder)
    }

    /// ``Diagnostic/stableOrder(_:_:)``, then severity and help, so that no two distinct diagnostics tie and
    /// the output never depends on hashing.
    static func totalOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if Diagnostic.stableOrder(lhs, rhs) { return true }
        if Diagnostic.stableOrder(rhs, lhs) { return false }
        if lhs.severity != rhs.severity { return lhs.severity.rawValue < rhs.severity.rawValue }
        return (lhs.help ?? "") < (rhs.help ?? "")
    }

    /// Whether any diagnostic is an error.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Totals for the summary, with the program's counts.
    func summary(isStrict: Bool) -> DiagnosticSummary {
        DiagnosticSummary(
            counting: diagnostics,
            isStrict: isStrict,
            statistics: ProgramStatistics(program).summaryStatistics
        )
    }
}
