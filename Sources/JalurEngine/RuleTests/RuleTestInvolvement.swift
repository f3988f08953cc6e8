import JalurModel

/// Which trace entries explain a failed test: the rules behind the services, alerts, criteria and branches
/// its failures are about.
struct RuleTestInvolvement {
    let program: Program

    /// The ids of the rules, criteria and branches involved in `failures`, by subject.
    func involved(
        in failures: [RuleTestFailure]
    ) -> (rules: Set<String>, conditions: Set<String>, stageConditions: Bool) {
        var rules: Set<String> = []
        var conditions: Set<String> = []
        var stageConditions = false
        for failure in failures {
            let ids = Set(failure.ids)
            switch failure.key {
            case "referrals", "not_referrals", "aftercare":
                for rule in program.rules {
                    switch rule.action {
                    case .refer(let service), .aftercare(let service):
                        if ids.contains(service.value) { rules.insert(rule.id.value) }
                    case .alert: break
                    }
                }
            case "alerts":
                for rule in program.rules {
                    guard case .alert(let level) = rule.action else { continue }
                    if ids.contains(rule.id.value) || ids.contains(level.rawValue) { rules.insert(rule.id.value) }
                }
            case "blockers":
                stageConditions = true
            case "undetermined":
                conditions.formUnion(ids)
                rules.formUnion(ids)
            default:
                stageConditions = true
            }
        }
        return (rules, conditions, stageConditions)
    }

    /// The trace entries of `evaluation` that explain `failures`, in trace order, and the involved rules that
    /// were not in scope (sorted).
    func entries(
        for failures: [RuleTestFailure],
        in evaluation: Evaluation
    ) -> (entries: [TraceEntry], outOfScope: [String]) {
        let (rules, conditions, stageConditions) = involved(in: failures)
        let entries = evaluation.trace.filter { entry in
            switch entry.subject {
            case .rule: rules.contains(entry.id)
            case .criterion, .branch: stageConditions || conditions.contains(entry.id)
            }
        }
        let traced = Set(evaluation.trace.filter { $0.subject == .rule }.map(\.id))
        let known = Set(program.rules.map(\.id.value))
        let outOfScope = rules.filter { known.contains($0) && !traced.contains($0) }.sorted()
        return (entries, outOfScope)
    }
}
