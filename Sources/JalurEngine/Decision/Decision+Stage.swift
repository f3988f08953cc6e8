import JalurModel

extension Decision {
    /// The stage part of an evaluation: status, move and blockers.
    struct StageOutcome {
        let status: StageStatus
        let move: Move?
        let blockers: [Blocker]
    }

    /// Overdue (SPEC §2.6 item 9), branches and the forward move (item 8), blockers and completeness.
    mutating func decideStage(onHold: Bool) -> StageOutcome {
        let info = input.stage
        let daysInStage = input.days.inStage
        let overdue = checkOverdue(daysInStage: daysInStage)
        // On hold no branch is taken; with a trace they are still evaluated, for the record.
        var move = onHold && !input.includeTrace ? nil : tryBranches(onHold: onHold)
        let needsCriteria = move == nil || info.stage.isTerminal || input.includeTrace
        let outcomes = needsCriteria ? info.stage.exitCriteria.indices.map { criterion(at: $0) } : []
        let minimum = probe.dayLimit(.minDays(stage: info.index))
        let minimumReached: Bool =
            switch minimum {
            case .none: true
            case .days(let days): daysInStage >= days
            case .undetermined: false
            }
        let allHold = outcomes.allSatisfy { if case .holds = $0 { true } else { false } }
        if move == nil, !onHold, !info.stage.isTerminal, let next = info.stage.next, allHold, minimumReached {
            move = Move(to: next.value, via: .next, because: BuiltinText.forwardMove)
        }
        let blockers = move == nil ? blockers(outcomes, minimum: minimum, daysInStage: daysInStage) : []
        let status = StageStatus(
            id: info.id,
            daysInStage: daysInStage,
            overdue: overdue,
            complete: info.stage.isTerminal ? allHold && minimumReached : nil
        )
        return StageOutcome(status: status, move: move, blockers: blockers)
    }

    /// Adds the `overdue` alert when `days_in_stage > max_days`; an undetermined `max_days` adds no alert
    /// and is listed in `undetermined` as rule `overdue`.
    private mutating func checkOverdue(daysInStage: Int) -> Bool {
        let limit = ConditionRef.maxDays(stage: input.stage.index)
        switch probe.dayLimit(limit) {
        case .none:
            return false
        case .days(let maximum):
            guard daysInStage > maximum else { return false }
            let daysOver = daysInStage - maximum
            let because = BuiltinText.overdue(daysOver: daysOver, maximum: maximum)
            alerts.append(
                (
                    (AlertLevel.warning.rank, 0, 0),
                    Alert(rule: "overdue", level: .warning, because: because, daysOver: daysOver)
                )
            )
            return true
        case .undetermined(let error):
            noteUndetermined(.rule, id: "overdue", condition: limit, error: error, group: 0, rank: 1)
            return false
        }
    }

    /// Branches in order; the first true one moves.
    ///
    /// Undetermined branches tried are listed. On hold (only
    /// reached when tracing) branches are evaluated for the trace and never taken.
    private mutating func tryBranches(onHold: Bool) -> Move? {
        var move: Move?
        for (index, branch) in input.stage.stage.branches.enumerated() {
            guard move == nil || input.includeTrace else { break }
            let reference = ConditionRef.branch(stage: input.stage.index, index: index)
            let outcome = probe.outcome(of: reference)
            let tried = move == nil && !onHold
            if input.includeTrace {
                let note = onHold ? "not taken: on hold" : tried ? nil : "not tried: an earlier branch moves"
                traceCondition(.branch, id: branch.id.value, reference: reference, outcome: outcome, note: note)
            }
            guard tried else { continue }
            switch outcome {
            case .holds:
                move = Move(to: branch.to.value, via: .branch, branch: branch.id.value, because: branch.because)
            case .undetermined(let error):
                let rank = input.stage.branchRanks[index]
                noteUndetermined(.branch, id: branch.id.value, condition: reference, error: error, rank: rank)
            case .fails:
                break
            }
        }
        return move
    }

    private mutating func criterion(at index: Int) -> ConditionOutcome {
        let reference = ConditionRef.criterion(stage: input.stage.index, index: index)
        let outcome = probe.outcome(of: reference)
        if input.includeTrace {
            let id = input.stage.stage.exitCriteria[index].id.value
            traceCondition(.criterion, id: id, reference: reference, outcome: outcome, note: nil)
        }
        return outcome
    }

    /// `min-days` first, then each false or undetermined criterion in file order; undetermined ones are
    /// also listed in `undetermined`.
    private mutating func blockers(
        _ outcomes: [ConditionOutcome],
        minimum: DayLimitOutcome,
        daysInStage: Int
    ) -> [Blocker] {
        var blockers: [Blocker] = []
        switch minimum {
        case .days(let days) where daysInStage < days:
            let left = days - daysInStage
            blockers.append(
                Blocker(criterion: "min-days", because: BuiltinText.minDays(days, daysLeft: left), daysLeft: left)
            )
        case .undetermined(let error):
            let reference = ConditionRef.minDays(stage: input.stage.index)
            let details = details(of: reference, error: error)
            blockers.append(
                Blocker(
                    criterion: "min-days",
                    because: BuiltinText.minDaysUndetermined,
                    missing: details.missing,
                    error: details.error
                )
            )
            noteUndetermined(.criterion, id: "min-days", condition: reference, error: error, group: 0, rank: 0)
        default:
            break
        }
        for (index, outcome) in outcomes.enumerated() {
            let criterion = input.stage.stage.exitCriteria[index]
            let reference = ConditionRef.criterion(stage: input.stage.index, index: index)
            switch outcome {
            case .holds:
                continue
            case .fails:
                let missing = probe.absentFacts(of: reference)
                blockers.append(Blocker(criterion: criterion.id.value, because: criterion.because, missing: missing))
            case .undetermined(let error):
                let details = details(of: reference, error: error)
                blockers.append(
                    Blocker(
                        criterion: criterion.id.value,
                        because: criterion.because,
                        missing: details.missing,
                        error: details.error
                    )
                )
                let rank = input.stage.criterionRanks[index]
                noteUndetermined(.criterion, id: criterion.id.value, condition: reference, error: error, rank: rank)
            }
        }
        return blockers
    }

    private mutating func traceCondition(
        _ subject: Undetermined.Subject,
        id: String,
        reference: ConditionRef,
        outcome: ConditionOutcome,
        note: String?
    ) {
        trace.append(
            TraceEntry(
                subject: subject,
                id: id,
                condition: probe.text(of: reference),
                outcome: outcome.traceOutcome,
                evidence: probe.evidence(of: [reference]),
                note: note
            )
        )
    }
}
