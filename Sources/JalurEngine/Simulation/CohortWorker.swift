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
    var evaluator: Evaluator
    var tally: CohortTally

    init(
        engine: Engine,
        scenario: ScenarioDefinition,
        plan: WorkflowPlan,
        stageIDs: [String],
        terminal: [Bool],
        days: Int
    ) {
        self.scenario = scenario
        self.stageIndex = Dictionary(
            stageIDs.enumerated().map { ($1, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        self.terminal = terminal
        self.state = ResidentState(plan: plan)
        self.evaluator = engine.makeEvaluator()
        self.tally = CohortTally(stageCount: stageIDs.count, days: days, events: scenario.events.count)
    }

    /// Processes one resident for one day; returns whether they were discharged.
    mutating func process(
        _ member: inout CohortMember,
        on day: Day,
        offset: Int
    ) throws(EngineError)
        -> Bool
    {
        recordOutcomes(&member, on: day)
        happenEvents(&member, on: day)
        let evaluation = try evaluator.evaluate(member.resident, asOf: day)
        tally.count(evaluation)
        let actions = state.follow(
            evaluation,
            resident: &member.resident,
            on: day,
            onMove: scenario.onMove,
            using: &member.rng
        )
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

    private func recordOutcomes(_ member: inout CohortMember, on day: Day) {
        guard member.outcomes.contains(where: { $0.day <= day }) else { return }
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
    }

    /// Chance events: the chance is drawn first; conditions share one binding of the resident until an event
    /// changes them.
    private mutating func happenEvents(_ member: inout CohortMember, on day: Day) {
        var isBound = false
        for (index, event) in scenario.events.enumerated() {
            if event.isOnce, member.happened[index] { continue }
            guard member.rng.chance(event.chancePerDay) else { continue }
            if let condition = event.condition {
                if !isBound { state.bind(member.resident, on: day) }
                isBound = true
                guard state.holdsBound(condition) else { continue }
            }
            member.happened[index] = true
            tally.eventCounts[index] += 1
            state.apply(event.effects, to: &member.resident, on: day, using: &member.rng)
            isBound = false
        }
    }
}
