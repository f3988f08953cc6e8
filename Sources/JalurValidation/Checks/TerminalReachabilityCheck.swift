import JalurDiagnostics
import JalurModel

/// Every workflow has a terminal stage, and one can be reached from every stage.
///
/// A stage that is itself a dead end is left to ``StageExitCheck``; the stages that lead only into it are
/// reported here. A workflow that names unknown stages is not analysed (see ``StageGraph/isComplete``).
struct TerminalReachabilityCheck: ProgramCheck {
    static let noTerminal = "no-terminal-stage"
    static let noPath = "no-path-to-terminal"
    var codes: [String] { [Self.noTerminal, Self.noPath] }

    func diagnose(_ program: Program) -> [Diagnostic] {
        program.workflows.flatMap(diagnose)
    }

    private func diagnose(_ workflow: Workflow) -> [Diagnostic] {
        let graph = StageGraph(workflow)
        guard !graph.terminalStages.isEmpty else {
            guard !workflow.stages.isEmpty else { return [] }
            return [
                Diagnostic(
                    code: Self.noTerminal,
                    severity: .error,
                    message: "workflow '\(workflow.id.value)' has no terminal stage, so no resident can finish it",
                    location: workflow.id.location,
                    help: "mark the last stage with 'terminal: true'"
                )
            ]
        }
        guard graph.isComplete else { return [] }
        let reaches = graph.reachesTerminal()
        return graph.stages.indices.filter {
            !reaches[$0] && !graph.successors[$0].isEmpty && graph.isCanonical($0)
        }.map { position in
            let stage = graph.stages[position]
            return Diagnostic(
                code: Self.noPath,
                severity: .error,
                message: "no terminal stage can be reached from stage '\(stage.id.value)', "
                    + "so residents who enter it can never finish",
                location: stage.id.location,
                help: "give '\(stage.id.value)' (or a stage it leads to) a 'next' or branch toward a terminal stage"
            )
        }
    }
}
