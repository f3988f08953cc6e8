import JalurExpression
import JalurModel

/// Processes residents for one thread of a cohort run: its own evaluator, activation and counters.
///
/// Every resident draws only from their own random stream, and the counters are sums (or lists only ever
/// sorted), so splitting residents between workers gives the same report as one worker.
struct CohortWorker {
    let scenario: ScenarioDefinition
    let stageIndex: [String: Int]
    let terminal: [Bool]
    let state: ResidentState
    /// Per chance event, what is needed before its chance comes up (reading these copies nothing).
    let draws: [(chancePerDay: Double, isOnce: Bool)]
    var evaluator: Evaluator
    var tally: CohortTally
    /// Whether a resident's evaluation is reused on days it cannot have changed (``DayFingerprint``); tests
    /// turn it off to check that the report does not depend on it.
    let reusesEvaluations: Bool

    init(
        engine: Engine,
        scenario: ScenarioDefinition,
        plan: WorkflowPlan,
        stageIDs: [String],
        terminal: [Bool],
        days: Int,
        reusesEvaluations: Bool
    ) {
        self.scenario = scenario
        self.stageIndex = Dictionary(
            stageIDs.enumerated().map { ($1, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        self.terminal = terminal
        self.state = ResidentState(plan: plan)
        self.draws = scenario.events.map { ($0.chancePerDay, $0.isOnce) }
        self.evaluator = engine.makeEvaluator()
        self.tally = CohortTally(stageCount: stageIDs.count, days: days, events: scenario.events.count)
        self.reusesEvaluations = reusesEvaluations
    }

    /// Processes one resident for one day; returns whether they were discharged.
    ///
    /// When nothing changed the record since the last evaluation, which made no change either, and the
    /// evaluation's fingerprint still matches, today's evaluation is the same (``DayFingerprint``): it is
    /// counted again and staff have nothing to do. When only the facts stayed the same, the evaluation reuses
    /// the derived values that depend on them alone.
    mutating func process(
        _ member: inout CohortMember,
        on day: Day,
        offset: Int
    ) throws(EngineError)
        -> Bool
    {
        if recordOutcomes(&member, on: day) { member.recordUnchanged = false }
        if happenEvents(&member, on: day) { (member.recordUnchanged, member.factsUnchanged) = (false, false) }
        let last = reusesEvaluations ? member.lastEvaluation : nil
        if let last, member.recordUnchanged,
            try evaluator.isUnchanged(member.resident, asOf: day, since: last.fingerprint)
        {
            tally.add(last.count)
            return false
        }
        let (evaluation, fingerprint) = try evaluator.evaluateWithFingerprint(
            member.resident,
            asOf: day,
            sameFactsAs: member.factsUnchanged ? last?.fingerprint : nil
        )
        let count = tally.count(evaluation)
        let actions = state.follow(
            evaluation,
            resident: &member.resident,
            on: day,
            onMove: scenario.onMove,
            using: &member.rng
        )
        member.lastEvaluation = (fingerprint, count)
        member.recordUnchanged = actions.move == nil && actions.referralsMade.isEmpty
        member.factsUnchanged = !actions.factsChanged
        for suggestion in actions.referralsMade {
            tally.referral(suggestion.service, offset: offset)
            let behaviour = scenario.referralBehaviour(for: suggestion.service)
            let delay = member.rng.integer(behaviour.minimumDays, behaviour.maximumDays)
            let status: ReferralStatus = member.rng.chance(behaviour.acceptance) ? .completed : .declined
            let record = ReferralRecord(
                service: suggestion.service,
                status: status,
                date: day.adding(days: delay)
            )
            member.outcomes.append((day.adding(days: delay), record))
        }
        if let (_, move) = actions.move {
            tally.stayDays[member.stageIndex].append(day.days(since: member.stageEntered))
            member.stageIndex = stageIndex[move.to] ?? member.stageIndex
            member.stageEntered = day
            return false
        }
        guard evaluation.stage.complete == true, terminal[member.stageIndex] else { return false }
        tally.stayDays[member.stageIndex].append(day.days(since: member.stageEntered))
        tally.lengthsOfStay.append(day.days(since: member.admitted))
        tally.discharges[member.stageIndex] += 1
        tally.dailyDischarges[offset] += 1
        return true
    }

    /// Records the referral outcomes due by `day`; returns whether there were any.
    private func recordOutcomes(_ member: inout CohortMember, on day: Day) -> Bool {
        guard member.outcomes.contains(where: { $0.day <= day }) else { return false }
        var kept: [(day: Day, record: ReferralRecord)] = []
        for outcome in member.outcomes {
            if outcome.day <= day {
                member.resident.referrals.append(
                    ReferralRecord(service: outcome.record.service, status: outcome.record.status, date: day)
                )
            } else {
                kept.append(outcome)
            }
        }
        member.outcomes = kept
        return true
    }

    /// Lets the chance events happen; returns whether they changed the record (an event may set what is already
    /// there).
    ///
    /// The chance is drawn first; conditions share one binding of the resident until an event changes them.
    private mutating func happenEvents(_ member: inout CohortMember, on day: Day) -> Bool {
        var isBound = false
        var changed = false
        for (index, draw) in draws.enumerated() {
            if draw.isOnce, member.happened[index] { continue }
            guard member.rng.chance(draw.chancePerDay) else { continue }
            let event = scenario.events[index]
            if let condition = event.condition {
                if !isBound { state.bind(member.resident, on: day) }
                isBound = true
                guard state.holdsBound(condition) else { continue }
            }
            member.happened[index] = true
            tally.eventCounts[index] += 1
            let written = state.apply(event.effects, to: &member.resident, on: day, using: &member.rng)
            isBound = false
            changed = changed || written.contains(where: \.changed)
        }
        return changed
    }
}
