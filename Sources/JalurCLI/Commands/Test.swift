import ArgumentParser
import JalurDiagnostics
import JalurEngine
import JalurLoader
import JalurModel

extension Jalur {
    /// `jalur test [PATH...]`: run the `kind: tests` documents of the program (SPEC §4.1).
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the rule tests (kind: tests) against the program.",
            discussion: """
                Loads the program under the paths (default: Workflows and Rules) and runs every test of its \
                `kind: tests` documents. Each failing test prints what it expected against what the evaluation \
                gave, and the trace of the rules involved. The last line is 'N passed, M failed'. \
                Exits 0 when every test passes (and coverage meets --coverage-min), 1 when a test fails, the \
                program or a test has errors, or coverage is too low, 2 on a usage error.
                """
        )

        @Argument(
            help: ArgumentHelp(
                "Files or folders of the program and its tests (default: Workflows and Rules).",
                valueName: "path"
            ),
            completion: .file()
        )
        var paths: [String] = []

        @OptionGroup var program: ProgramOptions

        @Option(help: "Output format: text, json or junit.")
        var format: RuleTestFormat = .text

        @Flag(help: "Report which rules, exit criteria and branches the tests saw both true and false.")
        var coverage = false

        @Option(
            name: .customLong("coverage-min"),
            help: ArgumentHelp("Fail when coverage is below this percentage (implies --coverage).", valueName: "pct")
        )
        var coverageMinimum: Double?

        func validate() throws {
            if let coverageMinimum, !(0...100).contains(coverageMinimum) {
                throw ValidationError("--coverage-min must be a percentage from 0 to 100, for example 90")
            }
        }

        func run() throws {
            let given = paths + program.paths
            let checkup = ProgramCheckup(paths: given.isEmpty ? program.effectivePaths : given)
            guard !checkup.hasErrors else {
                Self.printDiagnostics(checkup.diagnostics.filter { $0.severity == .error })
                Terminal.writeError("help: run 'jalur validate' to check the program\n")
                throw ExitCode.failure
            }
            let (suites, problems) = RuleTestReader(program: checkup.program).read(checkup.program.testSuites)
            Self.printDiagnostics(problems.sorted(by: Diagnostic.stableOrder))
            guard !suites.isEmpty else {
                Terminal.writeError(
                    "error: the program has no 'kind: tests' documents\n  help: add tests under Rules/tests\n"
                )
                throw ExitCode.failure
            }
            let engine = Engine(program: checkup.program)
            var runner = RuleTestRunner(engine: engine)
            let residents = TestResidents(reader: ResidentReader(program: checkup.program))
            let wantsCoverage = coverage || coverageMinimum != nil
            let report = runner.run(suites, includeCoverage: wantsCoverage) { residents.resolve($0) }
            Terminal.writeOutput(render(report, program: checkup.program))
            let coverageFails = coverageMinimum.map { report.coverage?.meets($0) == false } ?? false
            if format != .text, let coverageMinimum, let shortfall = report.coverage?.shortfall(below: coverageMinimum)
            {
                Terminal.writeError("error: \(shortfall)\n")
            }
            if report.failed > 0 || !problems.isEmpty || coverageFails { throw ExitCode.failure }
        }

        private func render(_ report: RuleTestReport, program: Program) -> String {
            switch format {
            case .text:
                let style = TextStyle(isColored: Terminal.supportsColor(1))
                return RuleTestsText(program: program, style: style, coverageMinimum: coverageMinimum).render(report)
            case .json:
                return RuleTestsJSON(coverageMinimum: coverageMinimum).render(report)
            case .junit:
                return RuleTestsJUnit(program: program).render(report)
            }
        }

        private static func printDiagnostics(_ diagnostics: [Diagnostic]) {
            guard !diagnostics.isEmpty else { return }
            let renderer = DiagnosticFormat.text.renderer(isColored: Terminal.supportsColor(2))
            Terminal.writeError(renderer.render(diagnostics, summary: DiagnosticSummary(counting: diagnostics)))
        }
    }
}

/// `--format` of `jalur test`.
enum RuleTestFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, junit
}
