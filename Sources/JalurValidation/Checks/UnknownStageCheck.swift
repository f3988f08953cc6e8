import JalurDiagnostics
import JalurModel

/// Every stage id a workflow or rule names exists.
///
/// A workflow's `start`, each `next` and each branch `to` must name a stage of the same workflow; a rule's
/// `stages` must name stages of some workflow of the program.
struct UnknownStageCheck: ProgramCheck {
    static let code = "unknown-stage"
    var codes: [String] { [Self.code] }

    func diagnose(_ program: Program) -> [Diagnostic] {
        program.workflows.flatMap(diagnose(workflow:)) + diagnoseRules(of: program)
    }

    private func diagnose(workflow: Workflow) -> [Diagnostic] {
        let known = Set(workflow.stages.map(\.id.value))
        let suggestion = Suggestion(
            among: known,
            kind: "stage",
            declare: "the 'stages' of workflow '\(workflow.id.value)'"
        )
        var references: [(Located<String>, String)] = [(workflow.start, "'start'")]
        for stage in workflow.stages {
            for branch in stage.branches {
                references.append((branch.to, "branch '\(branch.id.value)' of stage '\(stage.id.value)'"))
            }
            if let next = stage.next { references.append((next, "'next' of stage '\(stage.id.value)'")) }
        }
        return references.filter { !known.contains($0.0.value) }.map { reference, context in
            Diagnostic(
                code: Self.code,
                severity: .error,
                message: "\(context) names stage '\(reference.value)', which workflow '\(workflow.id.value)' "
                    + "does not have",
                location: reference.location,
                help: suggestion.help(for: reference.value)
            )
        }
    }

    private func diagnoseRules(of program: Program) -> [Diagnostic] {
        let known = Set(program.workflows.flatMap { $0.stages.map(\.id.value) })
        let suggestion = Suggestion(among: known, kind: "stage", declare: "a workflow")
        return program.rules.flatMap { rule in
            (rule.stages ?? []).filter { !known.contains($0.value) }.map { stage in
                Diagnostic(
                    code: Self.code,
                    severity: .error,
                    message: "rule '\(rule.id.value)' names stage '\(stage.value)', which no workflow has",
                    location: stage.location,
                    help: suggestion.help(for: stage.value)
                )
            }
        }
    }
}
