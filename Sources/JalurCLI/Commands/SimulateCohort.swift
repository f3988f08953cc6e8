import ArgumentParser
import Foundation
import JalurDiagnostics
import JalurEngine
import JalurModel

/// Cohort mode of `jalur simulate`.
struct SimulateCohort {
    let program: Program
    let command: Jalur.Simulate

    func run(scenario id: String) throws {
        guard let scenario = program.scenarios.first(where: { $0.id.value == id }) else {
            let known = program.scenarios.map(\.id.value).sorted()
            let hint = DidYouMean.closest(to: id, among: known).map { "did you mean '\($0)'? " } ?? ""
            Terminal.writeError(
                "error: the program has no scenario '\(id)'\nhelp: \(hint)scenarios: \(known.isEmpty ? "none" : known.joined(separator: ", "))\n"
            )
            throw ExitCode.failure
        }
        let workflow = try workflowID(of: scenario)
        guard var reader = SimulationInputReader(program: program, workflow: workflow) else {
            Terminal.writeError("error: the workflow '\(workflow)' did not compile\n")
            throw ExitCode.failure
        }
        let definition = reader.readScenario(scenario, workflow: workflow)
        try failOnErrors(reader.diagnostics)
        guard let definition else { throw ExitCode.failure }
        let report: CohortReport
        do throws(EngineError) {
            report = try CohortSimulation(engine: Engine(program: program), scenario: definition).run(
                seed: command.seed,
                days: command.days
            )
        } catch {
            Terminal.writeError("\(error)\n")
            throw ExitCode.failure
        }
        let language = command.language.rawValue
        let renderer = CohortRenderer(language: language)
        switch command.format {
        case .text: Terminal.writeOutput(renderer.text(report))
        case .json: Terminal.writeOutput(renderer.json(report))
        case .csv: Terminal.writeOutput(renderer.csv(report))
        }
        if let chart = command.chart {
            let svg = CohortChart(language: language).svg(report)
            guard FileManager.default.createFile(atPath: chart, contents: Data(svg.utf8)) else {
                Terminal.writeError(
                    "error: cannot write the chart to '\(chart)'\nhelp: check that the folder exists and is writable\n"
                )
                throw ExitCode.failure
            }
        }
    }

    /// The scenario's `workflow`, or the program's only workflow (see ``ScenarioCheck/workflow(of:in:)``).
    private func workflowID(of scenario: Scenario) throws -> String {
        switch ScenarioCheck.workflow(of: scenario, in: program) {
        case .success(let id): return id
        case .failure(let problem):
            try failOnErrors([problem.diagnostic])
            throw ExitCode.failure
        }
    }
}
