import JalurModel

extension Decision {
    /// Evaluates the rules in scope in suppression order (SPEC §2.6 item 3).
    ///
    /// Collects alerts and undetermined rules. A rule suppressed by a firing rule is evaluated only for the trace.
    mutating func evaluateRules() {
        states.removeAll(keepingCapacity: true)
        let stage = input.stage
        for position in stage.scope.indices {
            let rule = stage.scope[position].rule
            var suppressor: Int?
            for other in stage.suppressorPositions[stage.scope[position].suppressors] where states[other].fired {
                suppressor = stage.scope[other].rule
                break
            }
            let outcome = suppressor == nil || input.includeTrace ? probe.outcome(of: .rule(rule)) : nil
            var fired = false
            if suppressor == nil, case .holds? = outcome { fired = true }
            states.append(RuleState(outcome: outcome, fired: fired, suppressedBy: suppressor))
            guard suppressor == nil else { continue }
            if case .undetermined(let error)? = outcome {
                let rank = input.workflow.ruleRanks[rule]
                noteUndetermined(.rule, id: input.rules[rule].id, condition: .rule(rule), error: error, rank: rank)
            }
            if fired, input.rules[rule].kind == .alert, case .alert(let level) = input.rules[rule].rule.action {
                let info = input.rules[rule]
                alerts.append(
                    (
                        (level.rank, 1, rule),
                        Alert(rule: info.id, level: level, because: info.rule.because ?? info.rule.title)
                    )
                )
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
