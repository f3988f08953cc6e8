import ArgumentParser
import Foundation
import JalurDiagnostics
import JalurEngine
import JalurLoader
import JalurModel

extension Jalur {
    /// `jalur simulate`: one resident's timeline from dated events, or a whole cohort from a scenario (SPEC §4).
    struct Simulate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Simulate one resident's timeline, or a cohort for capacity planning.",
            discussion: """
                Timeline: jalur simulate RESIDENT --events FILE [--until DATE] replays the events day by day \
                while staff follow the engine's suggestions. Cohort: jalur simulate --scenario ID [--seed N] \
                [--days N] runs a kind: scenario document of the program. See the README's Simulation section.
                """
        )

        @Argument(help: "A resident file (timeline mode).", completion: .file())
        var resident: String?

        @Option(
            help: ArgumentHelp("The events file of the timeline.", valueName: "file"),
            completion: .file()
        )
        var events: String?

        @Option(
            help: ArgumentHelp(
                "The last day of the timeline (default: until a terminal stage is complete, at most 730 days).",
                valueName: "YYYY-MM-DD"
            )
        )
        var until: String?

        @Option(
            help: ArgumentHelp("The id of a kind: scenario document (cohort mode).", valueName: "id")
        )
        var scenario: String?

        @Option(help: "The random seed (cohort mode; default: the scenario's 'seed', else 1).")
        var seed: UInt64?

        @Option(help: "Days to simulate (cohort mode; default: the scenario's 'days', else 365).")
        var days: Int?

        @Option(help: "Output format: text or json; csv (one row per week) in cohort mode.")
        var format: SimulateFormat = .text

        @Option(
            help: ArgumentHelp(
                "Also write an SVG chart of occupancy and referral load (cohort mode).",
                valueName: "file.svg"
            )
        )
        var chart: String?

        @Option(name: .customLong("lang"), help: "Language of reasons and titles: en or id.")
        var language: OutputLanguage = .en

        @OptionGroup var program: ProgramOptions

        func validate() throws {
            switch (resident, scenario) {
            case (nil, nil): throw ValidationError("give a RESIDENT file with --events, or --scenario ID")
            case (.some, .some):
                throw ValidationError("give either a RESIDENT file or --scenario, not both")
            case (.some, nil):
                guard events != nil else { throw ValidationError("timeline mode needs --events FILE") }
                if let until, Day(until) == nil {
                    throw ValidationError("--until must be a date written YYYY-MM-DD")
                }
                if format == .csv { throw ValidationError("--format csv is for cohort mode (--scenario)") }
                if seed != nil || days != nil || chart != nil {
                    throw ValidationError("--seed, --days and --chart are for cohort mode (--scenario)")
                }
            case (nil, .some):
                if events != nil || until != nil {
                    throw ValidationError("--events and --until are for timeline mode")
                }
                if let days, !(1...3650).contains(days) {
                    throw ValidationError("--days must be from 1 to 3650")
                }
            }
        }

        func run() throws {
            let program = try self.program.loadProgram()
            if let scenario {
                try SimulateCohort(program: program, command: self).run(scenario: scenario)
            } else if let resident, let events {
                try SimulateTimeline(program: program, command: self).run(
                    resident: resident,
                    events: events
                )
            }
        }
    }
}

/// `--format` of `jalur simulate`.
enum SimulateFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, csv
}

/// Prints diagnostics to standard error and fails when any is an error.
func failOnErrors(_ diagnostics: [Diagnostic]) throws {
    guard !diagnostics.isEmpty else { return }
    // Resident and events files may hold health data: no source line is quoted, as for `jalur next`.
    var text = ""
    for diagnostic in diagnostics.sorted(by: Diagnostic.stableOrder) {
        text += diagnostic.description + "\n"
        if let help = diagnostic.help { text += "  help: \(help)\n" }
    }
    Terminal.writeError(text)
    if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
}
