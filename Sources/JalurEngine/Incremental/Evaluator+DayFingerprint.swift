public import JalurModel
import JalurExpression

extension Evaluator {
    /// Evaluates `resident` as of `asOf` like ``evaluate(_:asOf:includeTrace:)`` and takes the
    /// ``DayFingerprint`` of that day.
    ///
    /// - Parameters:
    ///   - resident: The resident.
    ///   - asOf: The date to evaluate on.
    ///   - earlier: A fingerprint taken of the same facts (the stage, dates and referrals may differ): the
    ///     derived values and condition outcomes it remembers for those facts are used rather than computed
    ///     again.
    /// - Returns: The evaluation and its fingerprint.
    /// - Throws: ``EngineError`` when the resident does not fit the program.
    public mutating func evaluateWithFingerprint(
        _ resident: Resident,
        asOf: Day,
        sameFactsAs earlier: DayFingerprint? = nil
    ) throws(EngineError) -> (evaluation: Evaluation, fingerprint: DayFingerprint) {
        var bound = try bind(resident, asOf: asOf)
        let remembered = factOnlyOutcomes[bound.workflow]
        remembered?.start(from: earlier?.workflow == bound.workflow ? earlier?.factOnlyOutcomes : nil)
        bound.probe.factOnlyOutcomes = remembered
        if let earlier { bound.fill(earlier) }
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
            holdBackEnds: history.firstHoldBackEnd(after: asOf, repeatAfterDays: engine.repeatAfterDays),
            factOnlyValues: bound.probe.compiled.factOnlyDerived.map { bound.probe.activation.computedValue(at: $0) },
            factOnlyOutcomes: remembered?.outcomes ?? []
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
        guard asOf >= fingerprint.asOf else { return false }
        if let holdBackEnds = fingerprint.holdBackEnds, asOf >= holdBackEnds { return false }
        let bound = try bind(resident, asOf: asOf)
        guard bound.workflow == fingerprint.workflow, bound.stage == fingerprint.stage,
            bound.days.isBeforeEntry == fingerprint.beforeEntry
        else { return false }
        bound.fill(fingerprint)
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
    /// Gives the derived names that depend on the facts alone the values `fingerprint` remembers, when it was
    /// taken in the same workflow.
    func fill(_ fingerprint: DayFingerprint) {
        guard fingerprint.workflow == workflow else { return }
        let slots = probe.compiled.factOnlyDerived
        for (slot, value) in zip(slots, fingerprint.factOnlyValues) {
            if let value { probe.activation.fill(slot, with: value) }
        }
    }

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
