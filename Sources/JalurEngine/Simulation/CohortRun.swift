import JalurExpression
import JalurModel

/// The mutable state of one cohort simulation.
struct CohortRun {
    let engine: Engine
    let scenario: ScenarioDefinition
    let seed: UInt64
    let days: Int
    let state: ResidentState
    let stageIDs: [String]
    let stageIndex: [String: Int]
    let terminal: [Bool]
    var evaluator: Evaluator
    var arrivals: SplitMix64
    var members: [CohortMember] = []
    var admitted = 0
    /// The running total of mean arrivals, for regular arrivals.
    var expectedArrivals = 0.0
    var tally: CohortTally

    init(engine: Engine, scenario: ScenarioDefinition, seed: UInt64, days: Int) {
        self.engine = engine
        self.scenario = scenario
        self.seed = seed
        self.days = max(0, days)
        let workflow = engine.program.workflow(scenario.workflow)
        let stages = workflow?.stages ?? []
        stageIDs = stages.map(\.id.value)
        stageIndex = Dictionary(stageIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        terminal = stages.map(\.isTerminal)
        state = ResidentState(plan: engine.program.plans[scenario.workflow] ?? Self.emptyPlan())
        evaluator = engine.makeEvaluator()
        arrivals = SplitMix64(seed: seed, stream: 0)
        tally = CohortTally(stageCount: stages.count, days: self.days, events: scenario.events.count)
    }

    mutating func simulate() throws(EngineError) -> CohortReport {
        for offset in 0..<days {
            let day = scenario.start.adding(days: offset)
            admitArrivals(on: day, offset: offset)
            var present = members
            members = []
            var kept = 0
            for index in present.indices {
                let isDischarged = try process(&present[index], on: day, offset: offset)
                if !isDischarged {
                    present.swapAt(kept, index)
                    kept += 1
                }
            }
            present.removeLast(present.count - kept)
            members = present
            var counts = [Int](repeating: 0, count: stageIDs.count)
            for member in members { counts[member.stageIndex] += 1 }
            tally.occupancy.append(counts)
        }
        return report()
    }

    private mutating func admitArrivals(on day: Day, offset: Int) {
        let mean = scenario.arrivals.perDay(on: day)
        let count: Int
        if scenario.arrivals.isRegular {
            let before = expectedArrivals
            expectedArrivals += mean
            count = Int(expectedArrivals.rounded(.down)) - Int(before.rounded(.down))
        } else {
            count = arrivals.poisson(mean: mean)
        }
        for _ in 0..<count {
            admitted += 1
            let number = String(admitted)
            let id = "S-" + String(repeating: "0", count: max(0, 5 - number.count)) + number
            var resident = Resident(
                id: id, workflow: scenario.workflow, stage: scenario.initialStage, stageEnteredOn: day, admittedOn: day,
                facts: ObjectValue(type: state.plan.residentType), source: scenario.location)
            var rng = SplitMix64(seed: seed, stream: UInt64(admitted))
            state.apply(scenario.initialFacts, to: &resident, on: day, using: &rng)
            members.append(
                CohortMember(
                    resident: resident, rng: rng, admitted: day, stageIndex: stageIndex[scenario.initialStage] ?? 0,
                    stageEntered: day, happened: [Bool](repeating: false, count: scenario.events.count)))
            tally.dailyAdmissions[offset] += 1
        }
    }

    /// Processes one resident for one day; returns whether they were discharged.
    private mutating func process(_ member: inout CohortMember, on day: Day, offset: Int) throws(EngineError) -> Bool {
        recordOutcomes(&member, on: day)
        happenEvents(&member, on: day)
        let evaluation = try evaluator.evaluate(member.resident, asOf: day)
        tally.count(evaluation)
        let actions = state.follow(evaluation, resident: &member.resident, on: day, onMove: scenario.onMove, using: &member.rng)
        for suggestion in actions.referralsMade {
            tally.referral(suggestion.service, offset: offset)
            let behaviour = scenario.referralBehaviour(for: suggestion.service)
            let delay = member.rng.integer(behaviour.minimumDays, behaviour.maximumDays)
            let status: ReferralStatus = member.rng.chance(behaviour.acceptance) ? .completed : .declined
            let record = ReferralRecord(service: suggestion.service, status: status, date: day.adding(days: delay))
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
        guard !member.outcomes.isEmpty else { return }
        var kept: [(day: Day, record: ReferralRecord)] = []
        for outcome in member.outcomes {
            if outcome.day <= day {
                member.resident.referrals.append(ReferralRecord(service: outcome.record.service, status: outcome.record.status, date: day))
            } else {
                kept.append(outcome)
            }
        }
        member.outcomes = kept
    }

    private mutating func happenEvents(_ member: inout CohortMember, on day: Day) {
        for (index, event) in scenario.events.enumerated() {
            if event.isOnce, member.happened[index] { continue }
            guard member.rng.chance(event.chancePerDay) else { continue }
            if let condition = event.condition, !state.holds(condition, for: member.resident, on: day) { continue }
            member.happened[index] = true
            tally.eventCounts[index] += 1
            state.apply(event.effects, to: &member.resident, on: day, using: &member.rng)
        }
    }

    private func report() -> CohortReport {
        let weeks = (days + 6) / 7
        let services = engine.program.services.compactMap { service -> ServiceLoad? in
            guard let counts = tally.referrals[service.id.value] else { return nil }
            var weekly = [Int](repeating: 0, count: weeks)
            for (offset, count) in counts.enumerated() where count > 0 { weekly[offset / 7] += count }
            return ServiceLoad(service: service.id.value, capacity: service.capacityPerWeek, weekly: weekly)
        }
        let titles = engine.program.workflow(scenario.workflow)?.stages.map { ($0.id.value, $0.title ?? LocalizedText(plain: $0.id.value)) } ?? []
        return CohortReport(
            scenario: scenario.id, workflow: scenario.workflow, seed: seed, start: scenario.start, days: days,
            stages: titles, admissions: admitted,
            discharges: stageIDs.indices.filter { terminal[$0] }.map { (stageIDs[$0], tally.discharges[$0]) },
            presentAtEnd: members.count, stayDays: tally.stayDays, lengthsOfStay: tally.lengthsOfStay,
            occupancy: tally.occupancy, dailyAdmissions: tally.dailyAdmissions, dailyDischarges: tally.dailyDischarges,
            services: services, evaluations: tally.evaluations, undeterminedEvaluations: tally.undeterminedEvaluations,
            missingFacts: tally.missingFactsRanked(),
            eventCounts: scenario.events.indices.map { (scenario.events[$0].id, tally.eventCounts[$0]) })
    }

    private static func emptyPlan() -> WorkflowPlan {
        var environment = ExprEnvironment()
        let slot = environment.declare("resident", type: .dyn)
        return WorkflowPlan(
            environment: environment, residentType: ObjectType(name: "resident", fields: []),
            slots: StandardSlots(resident: slot, stage: slot, daysInStage: slot, daysInProgram: slot, today: slot, referrals: slot),
            derived: [], stages: [], rules: [])
    }
}
