import JalurDiagnostics
import JalurModel

/// A terminal stage has no `next`; every other stage has a `next` or at least one branch.
struct StageExitCheck: ProgramCheck {
    static let terminalWithNext = "terminal-stage-has-next"
    static let deadEnd = "dead-end-stage"
    var codes: [String] { [Self.terminalWithNext, Self.deadEnd] }

    func diagnose(_ program: Program) -> [Diagnostic] {
        program.workflows.flatMap { workflow in
            workflow.stages.compactMap { stage in diagnose(stage, in: workflow) }
        }
    }

    private func diagnose(_ stage: Stage, in workflow: Workflow) -> Diagnostic? {
        if stage.isTerminal, let next = stage.next {
            return Diagnostic(
                code: Self.terminalWithNext,
                severity: .error,
                message:
                    "terminal stage '\(stage.id.value)' has 'next: \(next.value)'; a terminal stage ends the pathway",
                location: next.location,
                help: "remove 'next', or remove 'terminal: true' if residents move on from '\(stage.id.value)'"
            )
        }
        guard !stage.isTerminal, stage.next == nil, stage.branches.isEmpty else { return nil }
        return Diagnostic(
            code: Self.deadEnd,
            severity: .error,
            message: "stage '\(stage.id.value)' is not terminal and has neither 'next' nor 'branches', "
                + "so residents can never leave it",
            location: stage.id.location,
            help: "add 'next: <stage>' naming the stage that follows, or 'terminal: true' if the pathway ends here"
        )
    }
}
