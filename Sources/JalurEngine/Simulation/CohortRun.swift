import Dispatch
import JalurExpression
import JalurModel

/// The mutable state of one cohort simulation.
struct CohortRun {
    /// Residents present from which a day is split between two workers (one per core).
    static let defaultParallelThreshold = 64
    /// Residents in a row that one worker processes.
    static let block = 16

    let engine: Engine
    let scenario: ScenarioDefinition
    let seed: UInt64
    let days: Int
    let plan: WorkflowPlan
    let stageIDs: [String]
    let stageIndex: [String: Int]
    let terminal: [Bool]
    var workers: [CohortWorker]
    var arrivals: SplitMix64
    var members: [CohortMember] = []
    var admitted = 0
    /// The running total of mean arrivals, for regular arrivals.
    var expectedArrivals = 0.0
    var occupancy: [[Int]] = []
    var dailyAdmissions: [Int]

    let parallelThreshold: Int

    init(
        engine: Engine,
        scenario: ScenarioDefinition,
        seed: UInt64,
        days: Int,
        parallelThreshold: Int = CohortRun.defaultParallelThreshold,
        reusesEvaluations: Bool = true
    ) {
        self.parallelThreshold = parallelThreshold
        self.engine = engine
        self.scenario = scenario
        self.seed = seed
        self.days = max(0, days)
        let stages = engine.program.workflow(scenario.workflow)?.stages ?? []
        stageIDs = stages.map(\.id.value)
        stageIndex = Dictionary(
            stageIDs.enumerated().map { ($1, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        terminal = stages.map(\.isTerminal)
        plan = engine.program.plans[scenario.workflow] ?? Self.emptyPlan()
        workers = (0..<2).map { [plan, stageIDs, terminal, days = self.days] _ in
            CohortWorker(
                engine: engine,
                scenario: scenario,
                plan: plan,
                stageIDs: stageIDs,
                terminal: terminal,
                days: days,
                reusesEvaluations: reusesEvaluations
            )
        }
        arrivals = SplitMix64(seed: seed, stream: 0)
        dailyAdmissions = [Int](repeating: 0, count: self.days)
    }

    mutating func simulate() throws(EngineError) -> CohortReport {
        for offset in 0..<days {
            let day = scenario.start.adding(days: offset)
            admitArrivals(on: day, offset: offset)
            let discharged = try processDay(day, offset: offset)
            removeDischarged(discharged)
            var counts = [Int](repeating: 0, count: stageIDs.count)
            for member in members { counts[member.stageIndex] += 1 }
            occupancy.append(counts)
        }
        return report()
    }

    /// Removes the members flagged in `discharged`, in place, keeping the others in admission order.
    private mutating func removeDischarged(_ discharged: [Bool]) {
        var kept = 0
        for index in members.indices where !discharged[index] {
            if kept != index { members.swapAt(kept, index) }
            kept += 1
        }
        members.removeLast(members.count - kept)
    }

    /// Processes every present resident; returns, per resident, whether they were discharged.
    private mutating func processDay(_ day: Day, offset: Int) throws(EngineError) -> [Bool] {
        let count = members.count
        var discharged = [Bool](repeating: false, count: count)
        guard count >= parallelThreshold else {
            for index in 0..<count {
                discharged[index] = try workers[0].process(&members[index], on: day, offset: offset)
            }
            return discharged
        }
        var failures: [EngineError?] = [nil, nil]
        members.withUnsafeMutableBufferPointer { memberBuffer in
            discharged.withUnsafeMutableBufferPointer { flagBuffer in
                workers.withUnsafeMutableBufferPointer { workerBuffer in
                    failures.withUnsafeMutableBufferPointer { failureBuffer in
                        let shared = SharedBuffers(
                            members: memberBuffer,
                            flags: flagBuffer,
                            workers: workerBuffer,
                            failures: failureBuffer
                        )
                        DispatchQueue.concurrentPerform(iterations: 2) { part in
                            // Alternate blocks of residents, so that both workers get recent admissions
                            // (evaluated in full more often) and long stays alike.
                            do throws(EngineError) {
                                for block in stride(from: part * Self.block, to: count, by: 2 * Self.block) {
                                    for index in block..<min(block + Self.block, count) {
                                        shared.flags[index] = try shared.workers[part].process(
                                            &shared.members[index],
                                            on: day,
                                            offset: offset
                                        )
                                    }
                                }
                            } catch {
                                shared.failures[part] = error
                            }
                        }
                    }
                }
            }
        }
        if let error = failures.compactMap({ $0 }).first { throw error }
        return discharged
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
        let state = workers[0].state
        for _ in 0..<count {
            admitted += 1
            let number = String(admitted)
            let id = "S-" + String(repeating: "0", count: max(0, 5 - number.count)) + number
            var resident = Resident(
                id: id,
                workflow: scenario.workflow,
                stage: scenario.initialStage,
                stageEnteredOn: day,
                admittedOn: day,
                facts: ObjectValue(type: plan.residentType),
                source: scenario.location
            )
            var rng = SplitMix64(seed: seed, stream: UInt64(admitted))
            state.apply(scenario.initialFacts, to: &resident, on: day, using: &rng)
            members.append(
                CohortMember(
                    resident: resident,
                    rng: rng,
                    admitted: day,
                    stageIndex: stageIndex[scenario.initialStage] ?? 0,
                    stageEntered: day,
                    happened: [Bool](repeating: false, count: scenario.events.count)
                )
            )
            dailyAdmissions[offset] += 1
        }
    }

    private func report() -> CohortReport {
        var tally = workers[0].tally
        for worker in workers.dropFirst() { tally.merge(worker.tally) }
        let weeks = (days + 6) / 7
        let services = engine.program.services.compactMap { service -> ServiceLoad? in
            guard let counts = tally.referrals[service.id.value] else { return nil }
            var weekly = [Int](repeating: 0, count: weeks)
            for (offset, count) in counts.enumerated() where count > 0 { weekly[offset / 7] += count }
            return ServiceLoad(
                service: service.id.value,
                capacity: service.capacityPerWeek,
                weekly: weekly
            )
        }
        let stages = engine.program.workflow(scenario.workflow)?.stages ?? []
        let titles = stages.map { ($0.id.value, $0.title ?? LocalizedText(plain: $0.id.value)) }
        return CohortReport(
            scenario: scenario.id,
            workflow: scenario.workflow,
            seed: seed,
            start: scenario.start,
            days: days,
            stages: titles,
            admissions: admitted,
            discharges: stageIDs.indices.filter { terminal[$0] }.map {
                (stageIDs[$0], tally.discharges[$0])
            },
            presentAtEnd: members.count,
            stayDays: tally.stayDays,
            lengthsOfStay: tally.lengthsOfStay,
            occupancy: occupancy,
            dailyAdmissions: dailyAdmissions,
            dailyDischarges: tally.dailyDischarges,
            services: services,
            evaluations: tally.evaluations,
            undeterminedEvaluations: tally.undeterminedEvaluations,
            missingFacts: tally.missingFactsRanked(),
            eventCounts: scenario.events.indices.map { (scenario.events[$0].id, tally.eventCounts[$0]) }
        )
    }

    private static func emptyPlan() -> WorkflowPlan {
        var environment = ExprEnvironment()
        let slot = environment.declare("resident", type: .dyn)
        return WorkflowPlan(
            environment: environment,
            residentType: ObjectType(name: "resident", fields: []),
            slots: StandardSlots(
                resident: slot,
                stage: slot,
                daysInStage: slot,
                daysInProgram: slot,
                today: slot,
                referrals: slot
            ),
            derived: [],
            stages: [],
            rules: []
        )
    }
}

/// The buffers two workers share during one day; each worker touches only its own half and its own worker.
private struct SharedBuffers: @unchecked Sendable {
    let members: UnsafeMutableBufferPointer<CohortMember>
    let flags: UnsafeMutableBufferPointer<Bool>
    let workers: UnsafeMutableBufferPointer<CohortWorker>
    let failures: UnsafeMutableBufferPointer<EngineError?>
}
