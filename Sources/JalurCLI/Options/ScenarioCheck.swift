import JalurDiagnostics
import JalurEngine
import JalurModel

/// Interprets every `kind: scenario` document of a program, as `jalur simulate --scenario` does, so that
/// `jalur validate` reports a scenario's errors before anyone simulates it.
struct ScenarioCheck {
    let program: Program

    /// The diagnostics of every scenario, in program order.
    ///
    /// A scenario whose workflow has errors is skipped: the validator already reports those.
    func diagnostics() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for scenario in program.scenarios {
            let workflow: String
            switch Self.workflow(of: scenario, in: program) {
            case .success(let id): workflow = id
            case .failure(let problem):
                found.append(problem.diagnostic)
                continue
            }
            guard var reader = SimulationInputReader(program: program, workflow: workflow) else { continue }
            _ = reader.readScenario(scenario, workflow: workflow)
            found += reader.diagnostics
        }
        return found
    }

    /// Why a scenario's workflow cannot be resolved.
    struct Problem: Error {
        let diagnostic: Diagnostic
    }

    /// The scenario's `workflow`, or the program's only workflow.
    static func workflow(of scenario: Scenario, in program: Program) -> Result<String, Problem> {
        let node = scenario.content?.pairs?.first { $0.key.string == "workflow" }?.value
        if let node {
            guard let name = node.string, program.workflow(name) != nil else {
                let known = program.workflows.map(\.id.value).sorted()
                let suggestion = node.string.flatMap { DidYouMean.closest(to: $0, among: known) }
                return .failure(
                    Problem(
                        diagnostic: Diagnostic(
                            code: "unknown-workflow",
                            severity: .error,
                            message: "the program has no workflow '\(node.string ?? "")'",
                            location: node.location,
                            help: suggestion.map { "did you mean '\($0)'?" }
                                ?? "workflows: \(known.joined(separator: ", "))"
                        )
                    )
                )
            }
            return .success(name)
        }
        guard program.workflows.count == 1, let only = program.workflows.first else {
            return .failure(
                Problem(
                    diagnostic: Diagnostic(
                        code: "missing-key",
                        severity: .error,
                        message: "the scenario must name its 'workflow'",
                        location: scenario.location,
                        help: "the program has several workflows; add 'workflow: ID'"
                    )
                )
            )
        }
        return .success(only.id.value)
    }
}
