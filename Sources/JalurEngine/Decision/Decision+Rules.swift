import JalurModel

extension Decision {
    /// Evaluates the rules in scope in suppression order (SPEC §2.6 item 3) and collects alerts and
    /// undetermined rules. A rule suppressed by a firing rule is evaluated only for the trace.
    mutating func evaluateRules() {
        states.removeAll(keepingCapacity: true)
        for scoped in input.stage.scope {
            let suppressor = scoped.suppressors.first { states[$0].fired }.map { input.stage.scope[$0].rule }
            let outcome =
                suppressor == nil || input.includeTrace ? probe.outcome(of: .rule(scoped.rule)) : nil
            var fired = false
            if suppressor == nil, case .holds? = outcome { fired = true }
            states.append(RuleState(outcome: outcome, fired: fired, suppressedBy: suppressor))
            guard suppressor == nil else { continue }
            let info = input.rules[scoped.rule]
            if case .undetermined(let error)? = outcome {
                noteUndetermined(
                    .rule,
                    id: info.id,
                    condition: .rule(scoped.rule),
                    error: error,
                    rank: input.workflow.ruleRanks[scoped.rule]
                )
            }
            if fired, case .alert(let level) = info.rule.action {
                let alert = Alert(rule: info.id, level: level, because: info.rule.because ?? info.rule.title)
                alerts.append(([level.rank, 1, scoped.rule], alert))
            }
        }
    }

    /// One trace entry per rule in scope, in file order, with evidence and notes.
    mutating func traceRules() {
        let scope = input.stage.scope
        let positions = scope.indices.sorted { scope[$0].rule < scope[$1].rule }
        for position in positions {
            let rule = scope[position].rule
            let state = states[position]
            var note = ruleNotes[rule]
            if let suppressor = state.suppressedBy { note = "suppressed by \(input.rules[suppressor].id)" }
            trace.append(
                TraceEntry(
                    subject: .rule,
                    id: input.rules[rule].id,
                    condition: probe.text(of: .rule(rule)),
                    outcome: state.outcome?.traceOutcome ?? .undetermined,
                    evidence: probe.evidence(of: [.rule(rule)]),
                    note: note
                )
            )
        }
    }
}
