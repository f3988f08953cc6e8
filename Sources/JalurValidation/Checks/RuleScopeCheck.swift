import JalurDiagnostics
import JalurModel

/// A rule can be in scope for some resident: one of its stages is reachable from its workflow's start.
///
/// A rule whose `stages` are all unreachable can never fire. An aftercare rule without `stages` applies in
/// terminal stages, so it can never fire when no workflow has a reachable terminal stage. Stage ids that do
/// not exist are left to ``UnknownStageCheck``.
struct RuleScopeCheck: ProgramCheck {
    static let code = "rule-never-in-scope"
    var codes: [String] { [Self.code] }

    func diagnose(_ program: Program) -> [Diagnostic] {
        let reachability = program.workflows.compactMap { workflow -> (graph: StageGraph, reachable: [Bool])? in
            let graph = StageGraph(workflow)
            guard graph.isComplete else { return nil }
            return graph.reachability(from: workflow.start.value).map { (graph, $0) }
        }
        // A workflow that names unknown stages gives no verdict: say nothing rather than guess.
        guard reachability.count == program.workflows.count, !reachability.isEmpty else { return [] }
        var reachableStages: Set<String> = []
        var knownStages: Set<String> = []
        var hasReachableTerminal = false
        for (graph, reachable) in reachability {
            for (position, stage) in graph.stages.enumerated() {
                knownStages.insert(stage.id.value)
                guard reachable[position] else { continue }
                reachableStages.insert(stage.id.value)
                hasReachableTerminal = hasReachableTerminal || stage.isTerminal
            }
        }
        return program.rules.compactMap { rule in
            diagnose(rule, reachable: reachableStages, known: knownStages, hasReachableTerminal: hasReachableTerminal)
        }
    }

    private func diagnose(
        _ rule: Rule,
        reachable: Set<String>,
        known: Set<String>,
        hasReachableTerminal: Bool
    ) -> Diagnostic? {
        guard let stages = rule.stages else {
            guard rule.isAftercare, !hasReachableTerminal else { return nil }
            return Diagnostic(
                code: Self.code,
                severity: .warning,
                message: "aftercare rule '\(rule.id.value)' has no 'stages', so it applies in terminal stages, "
                    + "and no workflow has a reachable terminal stage",
                location: rule.id.location,
                help: "list the stages where it applies in 'stages', or mark the last stage 'terminal: true'"
            )
        }
        if stages.isEmpty {
            return Diagnostic(
                code: Self.code,
                severity: .warning,
                message: "rule '\(rule.id.value)' has an empty 'stages' list, so it can never fire",
                location: rule.id.location,
                help: "list the stages where it applies, or remove 'stages' to apply it in every stage"
            )
        }
        let existing = stages.filter { known.contains($0.value) }
        guard !existing.isEmpty, !existing.contains(where: { reachable.contains($0.value) }) else { return nil }
        let names = existing.map { "'\($0.value)'" }.joined(separator: ", ")
        return Diagnostic(
            code: Self.code,
            severity: .warning,
            message: "rule '\(rule.id.value)' applies only in \(existing.count == 1 ? "stage" : "stages") \(names), "
                + "which no resident can reach, so it can never fire",
            location: existing[0].location,
            help: "add a reachable stage to 'stages', or make the stage reachable from the workflow's 'start'"
        )
    }
}
