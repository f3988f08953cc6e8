public import JalurModel

/// Replays one resident's dated events day by day while staff follow the engine (`jalur simulate RESIDENT`).
///
/// Each day, in this order: the day's events apply (in file order); the resident is evaluated; every
/// suggested referral or aftercare item that is not blocked becomes `pending` that day; a suggested move
/// happens that day (`stage_entered_on` is that day, then the script's `on_move` effects apply). At most one
/// move a day: the new stage is first evaluated the next day. The run starts on `stage_entered_on` (else
/// `admitted_on`) and stops after the day a terminal stage is complete, after `until`, or after
/// ``dayCap`` days.
public struct TimelineSimulation: Sendable {
    /// The most days simulated without `--until`: two years.
    public static let dayCap = 730

    /// The engine evaluating the resident.
    public let engine: Engine
    /// The events and move effects.
    public let script: TimelineScript

    /// Creates a simulation.
    public init(engine: Engine, script: TimelineScript) {
        self.engine = engine
        self.script = script
    }

    /// Runs the timeline of `resident`.
    ///
    /// - Parameters:
    ///   - start: The resident at the start.
    ///   - until: The last day to simulate; `nil` runs until a terminal stage is complete or the cap.
    /// - Returns: The timeline.
    /// - Throws: ``EngineError`` when the resident does not fit the program.
    public func run(_ start: Resident, until: Day? = nil) throws(EngineError) -> TimelineResult {
        var resident = start
        var evaluator = engine.makeEvaluator()
        let first = resident.stageEnteredOn ?? resident.admittedOn ?? until ?? Day(daysSinceEpoch: 0)
        if resident.stageEnteredOn == nil { resident.stageEnteredOn = first }
        if resident.admittedOn == nil { resident.admittedOn = first }
        let workflowID = try workflowID(of: resident)
        guard let plan = engine.program.plans[workflowID] else {
            throw EngineError(
                .workflowNotCompiled(workflowID),
                resident: resident.id,
                location: resident.source
            )
        }
        let state = ResidentState(plan: plan)
        var rng = SplitMix64(seed: 0)
        var days: [TimelineDay] = []
        var stays: [StageStay] = []
        var stayStart = first
        var previousAlerts: Set<String> = []
        var wasOnHold = false
        var eventIndex = script.events.firstIndex { $0.day >= first } ?? script.events.count
        var day = first
        let last = until ?? first.adding(days: Self.dayCap - 1)
        var stop = TimelineResult.Stop.cap
        var isComplete = false
        while day <= last {
            var record = TimelineDay(day: day, dayNumber: day.days(since: first), stage: resident.stage)
            while eventIndex < script.events.count, script.events[eventIndex].day == day {
                record.events.append(
                    apply(script.events[eventIndex], to: &resident, state: state, rng: &rng)
                )
                eventIndex += 1
            }
            let evaluation = try evaluator.evaluate(resident, asOf: day)
            let alertKeys = evaluation.alerts.map { "\($0.rule)|\($0.level.rawValue)" }
            record.newAlerts = evaluation.alerts.filter {
                !previousAlerts.contains("\($0.rule)|\($0.level.rawValue)")
            }
            previousAlerts = Set(alertKeys)
            if evaluation.onHold != wasOnHold { record.holdChange = evaluation.onHold }
            wasOnHold = evaluation.onHold
            let actions = state.follow(
                evaluation,
                resident: &resident,
                on: day,
                onMove: script.onMove,
                using: &rng
            )
            record.referrals = actions.referralsMade
            if let (from, move) = actions.move {
                record.move = move
                stays.append(StageStay(stage: from, from: stayStart, to: day, isOpen: false))
                stayStart = day
            }
            if record.hasChanges { days.append(record) }
            isComplete = evaluation.move == nil && evaluation.stage.complete == true
            if isComplete {
                if until == nil {
                    stop = .terminalComplete
                    break
                }
            }
            if day == last, until != nil { stop = .until }
            day = day.adding(days: 1)
        }
        let end = min(day, last)
        stays.append(StageStay(stage: resident.stage, from: stayStart, to: end, isOpen: true))
        return TimelineResult(
            resident: resident.id,
            workflow: workflowID,
            start: first,
            end: end,
            stop: stop,
            days: days,
            finalStage: resident.stage,
            isComplete: isComplete,
            stays: stays,
            referrals: resident.referrals
        )
    }

    private func workflowID(of resident: Resident) throws(EngineError) -> String {
        let (workflow, _) = try engine.locate(resident)
        return engine.workflows[workflow].id
    }

    private func apply(
        _ event: TimelineEvent,
        to resident: inout Resident,
        state: ResidentState,
        rng: inout SplitMix64
    ) -> AppliedEvent {
        let written = state.apply(event.effects, to: &resident, on: event.day, using: &rng)
        if let referral = event.referral {
            resident.referrals.append(
                ReferralRecord(service: referral.service, status: referral.status, date: event.day)
            )
        }
        return AppliedEvent(
            facts: written.map { ($0.path, $0.value.map(ValueJSON.text) ?? "null") },
            referral: event.referral,
            note: event.note
        )
    }
}
