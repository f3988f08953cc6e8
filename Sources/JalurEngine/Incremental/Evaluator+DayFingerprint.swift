public import JalurModel

extension Evaluator {
    /// Evaluates `resident` as of `asOf` like ``evaluate(_:asOf:includeTrace:)`` and takes the
    /// ``DayFingerprint`` of that day.
    ///
    /// - Returns: The evaluation and its fingerprint.
    /// - Throws: ``EngineError`` when the resident does not fit the program.
    public mutating func evaluateWithFingerprint(
        _ resident: Resident,
        asOf: Day
    ) throws(EngineError) -> (evaluation: Evaluation, fingerprint: DayFingerprint) {
        let bound = try bind(resident, asOf: asOf)
        let evaluation = decide(resident, asOf: asOf, bound: bound, includeTrace: false)
        let info = engine.workflows[bound.workflow]
        let references = info.dateSensitive[bound.stage]
        var outcomes: [DayFingerprint.Outcome] = []
        outcomes.reserveCapacity(references.count + 2)
        for reference in references { outcomes.append(DayFingerprint.Outcome(bound.probe.outcome(of: reference))) }
        outcomes.append(bound.minimumReached)
        outcomes.append(bound.maximumPassed)
        let history = ReferralHistory(records: resident.referrals)
        let fingerprint = DayFingerprint(
            workflow: bound.workflow,
            stage: bound.stage,
            asOf: asOf,
            outcomes: outcomes,
            beforeEntry: bound.days.isBeforeEntry,
            holdBackEnds: history.firstHoldBackEnd(after: asOf, repeatAfterDays: engine.repeatAfterDays)
        )
        return (evaluation, fingerprint)
    }

    /// Whether evaluating `resident` as of `asOf` would give the evaluation `fingerprint` was taken with, apart
    /// from its day counts.
    ///
    /// Only the date-sensitive conditions are evaluated, stopping at the first that came out otherwise.
    ///
    /// - Precondition: `resident` is the record the fingerprint was taken of, unchanged.
    /// - Returns: `false` when `asOf` is before the fingerprint's day or something may have changed.
    /// - Throws: ``EngineError`` when the resident does not fit the program.
    public mutating func isUnchanged(
        _ resident: Resident,
        asOf: Day,
        since fingerprint: DayFingerprint
    ) throws(EngineError) -> Bool {
        guard asOf >= fingerprint.asOf, asOf < fingerprint.holdBackEnds ?? asOf.adding(days: 1) else { return false }
        let bound = try bind(resident, asOf: asOf)
        guard bound.workflow == fingerprint.workflow, bound.stage == fingerprint.stage,
            bound.days.isBeforeEntry == fingerprint.beforeEntry
        else { return false }
        let references = engine.workflows[bound.workflow].dateSensitive[bound.stage]
        for (index, reference) in references.enumerated()
        where DayFingerprint.Outcome(bound.probe.outcome(of: reference)) != fingerprint.outcomes[index] {
            return false
        }
        return bound.minimumReached == fingerprint.outcomes[references.count]
            && bound.maximumPassed == fingerprint.outcomes[references.count + 1]
    }
}

extension Evaluator.Bound {
    /// Whether the stage's `min_days` is reached (`holds` when it sets none).
    var minimumReached: DayFingerprint.Outcome {
        switch probe.dayLimit(.minDays(stage: stage)) {
        case .none: .holds
        case .days(let days): self.days.inStage >= days ? .holds : .fails
        case .undetermined(let error): DayFingerprint.Outcome(.undetermined(error))
        }
    }

    /// Whether the stage's `max_days` is passed (`fails` when it sets none).
    var maximumPassed: DayFingerprint.Outcome {
        switch probe.dayLimit(.maxDays(stage: stage)) {
        case .none: .fails
        case .days(let days): self.days.inStage > days ? .holds : .fails
        case .undetermined(let error): DayFingerprint.Outcome(.undetermined(error))
        }
    }
}
