import ArgumentParser
import JalurDiagnostics
import JalurValidation

extension Jalur {
    /// `jalur validate [PATH...]`: load the program, check it, report every problem.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load and check workflows, facts, services and rules.",
            discussion: """
                Reads every *.yaml and *.yml file under the paths (default: Workflows and Rules) and reports \
                each problem with its file, line and column. Exits 0 when the program is clean, 1 when it has \
                errors (or warnings, with --strict), 2 on a usage error.
                In text format diagnostics go to standard error and the summary line to standard output \
                (standard error when the check fails); the json, github and sarif formats write only to \
                standard output.
                """
        )

        @Argument(
            help: ArgumentHelp("Files or folders to check (default: Workflows and Rules).", valueName: "path"),
            completion: .file()
        )
        var paths: [String] = []

        @OptionGroup var program: ProgramOptions

        @Option(help: "Output format: text, json, github or sarif.")
        var format: DiagnosticFormat = .text

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        func run() throws {
            let given = paths + program.paths
            let checkup = ProgramCheckup(paths: given.isEmpty ? program.effectivePaths : given)
            let summary = checkup.summary(isStrict: strict)
            let renderer = format.renderer(isColored: Terminal.supportsColor(2))
            let output = renderer.render(checkup.diagnostics, summary: summary)
            if format == .text {
                Terminal.writeError(output)
                let line = Self.summaryLine(summary, statistics: ProgramStatistics(checkup.program)) + "\n"
                summary.passed ? Terminal.writeOutput(line) : Terminal.writeError(line)
            } else {
                Terminal.writeOutput(output)
            }
            if !summary.passed { throw ExitCode.failure }
        }

        /// `ok: 9 documents, 1 workflow (7 stages), 42 rules, 28 services`, with the counts of diagnostics
        /// when there are some, and `failed:` when the check fails.
        static func summaryLine(_ summary: DiagnosticSummary, statistics: ProgramStatistics) -> String {
            let verdict = summary.passed ? "ok" : "failed"
            guard let counts = summary.countsPhrase else { return "\(verdict): \(statistics)" }
            let strictness = !summary.passed && summary.errors == 0 ? " (--strict)" : ""
            return "\(verdict): \(counts)\(strictness); \(statistics)"
        }
    }
}
