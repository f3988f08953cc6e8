import ArgumentParser
import Foundation
import JalurDiagnostics
import JalurEngine
import JalurLoader
import JalurModel

extension Jalur {
    /// `jalur diff`: which residents' suggestions change between two versions of the program.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show which residents' suggestions change between two versions of the rules.",
            discussion: """
                Evaluates every resident under the program before and after a change, as of the same date, and \
                reports each change (referral added or removed, urgency changed, move changed, alert added or \
                removed, newly or no longer undetermined), grouped by the rules responsible, with counts. \
                --before and --after take program files or folders (repeatable; --after defaults to Workflows \
                and Rules), or git:REV to read Workflows and Rules from a revision of the current repository. \
                Exits 0 whether or not anything changes (1 with --exit-code when something changes), 1 when \
                a program or resident has errors, 2 on a usage error.
                """
        )

        @Argument(help: "Resident files, folders of them, or .jsonl batches.", completion: .file())
        var residents: [String]

        @Option(help: ArgumentHelp("The program before the change: a path (repeatable) or git:REV.", valueName: "path"))
        var before: [String] = []

        @Option(help: ArgumentHelp("The program after the change (default: Workflows and Rules).", valueName: "path"))
        var after: [String] = []

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp("Evaluate as of this date (default: today).", valueName: "YYYY-MM-DD")
        )
        var asOf: String?

        @Option(help: "Output format: text, json or markdown.")
        var format: DiffFormat = .text

        @Flag(name: .customLong("exit-code"), help: "Exit 1 when some resident's suggestions change, like git diff.")
        var exitCode = false

        func validate() throws {
            guard !before.isEmpty else {
                throw ValidationError("give the program before the change: --before PATH or --before git:REV")
            }
            if let asOf, Day(asOf) == nil {
                throw ValidationError("--as-of must be an existing date written YYYY-MM-DD, for example 2026-04-01")
            }
        }

        func run() throws {
            let day = asOf.flatMap { Day($0) } ?? Next.today()
            let sources: (before: DiffProgramSource, after: DiffProgramSource)
            do {
                let old = try DiffProgramSource.resolve(before, side: "before")
                do {
                    sources = (old, try DiffProgramSource.resolve(after, side: "after"))
                } catch {
                    old.cleanUp()
                    throw error
                }
            } catch let error as DiffSourceError {
                Terminal.writeError("error: \(error.message)\n  help: \(error.help)\n")
                throw ExitCode.failure
            }
            defer {
                sources.before.cleanUp()
                sources.after.cleanUp()
            }
            let old = try Self.load(sources.before)
            let new = try Self.load(sources.after)
            var comparison = DiffRun(before: old, after: new, asOf: day)
            let (inputs, missing) = ResidentInput.expand(residents)
            NextDiagnosticPrinter.standardError.print(missing)
            comparison.process(inputs)
            let report = DiffReport(asOf: day, residents: comparison.results)
            switch format {
            case .text: Terminal.writeOutput(DiffText().render(report))
            case .json: Terminal.writeOutput(DiffJSON().render(report))
            case .markdown: Terminal.writeOutput(DiffMarkdown().render(report))
            }
            if comparison.hasFailures || !missing.isEmpty { throw ExitCode.failure }
            if exitCode, !report.changed.isEmpty { throw ExitCode.failure }
        }

        private static func load(_ source: DiffProgramSource) throws -> Program {
            let checkup = ProgramCheckup(paths: source.paths)
            let errors = checkup.diagnostics.filter { $0.severity == .error }
            guard errors.isEmpty else {
                let renderer = DiagnosticFormat.text.renderer(isColored: Terminal.supportsColor(2))
                Terminal.writeError(renderer.render(errors, summary: DiagnosticSummary(counting: errors)))
                Terminal.writeError("error: the program given with --\(source.side) has errors\n")
                throw ExitCode.failure
            }
            return checkup.program
        }
    }
}

/// `--format` of `jalur diff`.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, markdown
}
