import ArgumentParser
import Foundation
import JalurDiagnostics
import JalurEngine
import JalurLoader
import JalurModel

extension Jalur {
    /// `jalur next`: what each resident needs next, and why (SPEC §4).
    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say what each resident needs next: stage move, blockers, referrals, aftercare, alerts.",
            discussion: """
                RESIDENT is a YAML or JSON resident file, a folder of them (read recursively, sorted by path), \
                or a JSON Lines file with one resident per line. A folder or .jsonl file gives a caseload: \
                with --format text, one table row per resident, most urgent first.
                """
        )

        @Argument(help: "Resident files, folders of them, or .jsonl batches.", completion: .file())
        var residents: [String]

        @OptionGroup var program: ProgramOptions

        @Option(help: "Output format: text, json or jsonl.")
        var format: NextFormat = .text

        @Option(name: .customLong("lang"), help: "Language of reasons and labels: en or id.")
        var language: OutputLanguage = .en

        @Flag(help: "Explain every rule and criterion: the condition, the values it read, and its outcome.")
        var explain = false

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp("Evaluate as of this date (default: today).", valueName: "YYYY-MM-DD")
        )
        var asOf: String?

        func validate() throws {
            if let asOf, Day(asOf) == nil {
                throw ValidationError("--as-of must be an existing date written YYYY-MM-DD, for example 2026-04-01")
            }
        }

        func run() throws {
            let day = asOf.flatMap { Day($0) } ?? Self.today()
            let checkup = ProgramCheckup(paths: self.program.effectivePaths)
            let program = checkup.program
            guard !checkup.hasErrors else {
                NextDiagnosticPrinter.standardError.print(checkup.diagnostics.filter { $0.severity == .error })
                NextDiagnosticPrinter.standardError.printLine("help: run 'jalur validate' to check the program")
                throw ExitCode.failure
            }
            let (inputs, missing) = ResidentInput.expand(residents)
            NextDiagnosticPrinter.standardError.print(missing)
            let settings = NextSettings(
                asOf: day,
                language: language.rawValue,
                explain: explain,
                format: format,
                isCaseload: isCaseload(inputs),
                style: TextStyle(isColored: Self.isColorTerminal && format == .text)
            )
            var run = NextRun(program: program, settings: settings)
            run.process(inputs)
            run.finish()
            if run.hasFailures || !missing.isEmpty { throw ExitCode.failure }
        }

        /// A folder or a `.jsonl` file among the arguments makes a caseload.
        private func isCaseload(_ inputs: [ResidentInput]) -> Bool {
            var isDirectory: ObjCBool = false
            let hasFolder = residents.contains {
                FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue
            }
            return hasFolder || inputs.contains { if case .jsonLines = $0 { true } else { false } }
        }

        /// Today's date in the local time zone.
        static func today() -> Day {
            var now = time(nil)
            var parts = tm()
            localtime_r(&now, &parts)
            return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        }

        /// Colour only on a terminal, and never with `NO_COLOR` set to a non-empty value.
        static var isColorTerminal: Bool {
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return isatty(STDOUT_FILENO) == 1 && !noColor
        }
    }
}

/// `--format` of `jalur next`.
enum NextFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, jsonl
}

/// `--lang` of `jalur next`.
enum OutputLanguage: String, ExpressibleByArgument, CaseIterable, Sendable {
    case en, id
}

/// What one `jalur next` run produces, fixed before reading residents.
struct NextSettings: Sendable {
    let asOf: Day
    let language: String
    let explain: Bool
    let format: NextFormat
    /// A folder or batch: text becomes a caseload table, JSON an array.
    let isCaseload: Bool
    let style: TextStyle
}
