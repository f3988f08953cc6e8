import Foundation
import JalurDiagnostics
@testable import JalurEngine
import JalurExpression
import JalurLoader
import JalurModel
import JalurTestSupport
import Testing

/// An evaluation with its day counts taken out: what ``DayFingerprint`` promises stays the same.
///
/// `as_of`, `days_in_stage`, the `overdue` alert's days over (and its reason, which names them), the
/// `min-days` blocker's days left (and its reason), and the note that names the as-of date when it is before
/// the resident's entry.
func dayCountsRemoved(_ evaluation: Evaluation) -> Evaluation {
    var copy = evaluation
    copy.asOf = Day(daysSinceEpoch: 0)
    copy.stage.daysInStage = 0
    copy.alerts = copy.alerts.map { alert in
        guard alert.rule == "overdue" else { return alert }
        return Alert(rule: alert.rule, level: alert.level, because: nil, daysOver: nil)
    }
    copy.blockers = copy.blockers.map { blocker in
        guard blocker.criterion == "min-days", blocker.daysLeft != nil else { return blocker }
        return Blocker(criterion: blocker.criterion, because: nil, missing: blocker.missing)
    }
    copy.notes = copy.notes.map { $0.replacingOccurrences(of: "\(evaluation.asOf)", with: "<as-of>") }
    return copy
}

/// `Evaluator.evaluateWithFingerprint(_:asOf:)` and `Evaluator.isUnchanged(_:asOf:since:)` on a small
/// program, one day-driven change per stage.
struct DayFingerprintTests {
    static let yaml = #"""
        jalur: 1
        kind: facts
        id: resident
        fields:
          flag: {type: bool}
          last_use: {type: date}
          far_date: {type: date}
        ---
        jalur: 1
        kind: services
        id: services
        services:
          - {id: svc-repeat, title: Repeated, type: health}
          - {id: svc-decline, title: Declinable, type: health}
        ---
        jalur: 1
        kind: workflow
        id: w
        facts: resident
        start: calm
        stages:
          - id: calm
            exit_criteria:
              - {id: calm-flagged, when: resident.flag}
              - {id: long-ago, when: "days_since(resident.far_date) > 1000"}
            next: done
          - id: waiting
            exit_criteria:
              - {id: ten-days, when: days_in_stage >= 10}
            next: done
          - id: minimum
            min_days: 7
            next: done
          - id: maximum
            max_days: 12
            exit_criteria:
              - {id: maximum-flagged, when: resident.flag}
            next: done
          - id: recent
            exit_criteria:
              - {id: recent-flagged, when: resident.flag}
            next: done
          - id: referring
            exit_criteria:
              - {id: referring-flagged, when: resident.flag}
            next: done
          - id: dated-minimum
            min_days: "days_in_program > 30 ? 2 : 40"
            next: done
          - id: dated-maximum
            max_days: "days_in_program > 50 ? 5 : 100"
            exit_criteria:
              - {id: dated-maximum-flagged, when: resident.flag}
            next: done
          - id: done
            terminal: true
        ---
        jalur: 1
        kind: rules
        id: rules
        rules:
          - id: very-long-stay
            when: days_in_stage > 500
            alert: info
            stages: [calm]
          - id: flag-missing
            when: "!resident.flag"
            alert: info
          - id: recent-use
            when: days_since(resident.last_use) <= 7
            alert: warning
            stages: [recent]
          - id: repeat-referral
            when: "!resident.flag"
            refer: svc-repeat
            repeat_after_days: 20
            stages: [referring]
          - id: decline-referral
            when: "!resident.flag"
            refer: svc-decline
            stages: [referring]
        """#

    /// The day residents enter their stage.
    static let entry = Day(year: 2026, month: 3, day: 1)

    let loaded: LoadedProgram

    init() throws {
        loaded = try LoadedProgram(Self.yaml)
    }

    private func day(_ offset: Int) -> Day { Self.entry.adding(days: offset) }

    private func resident(
        _ stage: String,
        facts: [String: Any] = ["flag": false],
        referrals: [ReferralRecord] = []
    ) throws -> Resident {
        let plan = try #require(loaded.program.plans["w"])
        return Resident(
            id: "R1",
            stage: stage,
            stageEnteredOn: Self.entry,
            admittedOn: Self.entry.adding(days: -20),
            facts: try Facts.make(facts, type: plan.residentType),
            referrals: referrals,
            source: JalurDiagnostics.SourceLocation(file: "R1.yaml", line: 1, column: 1)
        )
    }

    /// Takes the fingerprint on day `from`; checks it says unchanged through `lastSame` (and the evaluations
    /// agree), then says changed on `firstChanged`, where the evaluation does change.
    private func checkChange(
        _ resident: Resident,
        from: Int,
        lastSame: Int,
        firstChanged: Int,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        var evaluator = loaded.engine.makeEvaluator()
        let (base, fingerprint) = try evaluator.evaluateWithFingerprint(resident, asOf: day(from))
        for offset in from...lastSame {
            let unchanged = try evaluator.isUnchanged(resident, asOf: day(offset), since: fingerprint)
            #expect(unchanged, "day \(offset)", sourceLocation: sourceLocation)
            let evaluation = try evaluator.evaluate(resident, asOf: day(offset))
            #expect(
                dayCountsRemoved(evaluation) == dayCountsRemoved(base),
                "day \(offset)",
                sourceLocation: sourceLocation
            )
        }
        let unchanged = try evaluator.isUnchanged(resident, asOf: day(firstChanged), since: fingerprint)
        #expect(!unchanged, "day \(firstChanged)", sourceLocation: sourceLocation)
        let changed = try evaluator.evaluate(resident, asOf: day(firstChanged))
        #expect(
            dayCountsRemoved(changed) != dayCountsRemoved(base),
            "day \(firstChanged)",
            sourceLocation: sourceLocation
        )
    }

    @Test func theFingerprintedEvaluationIsTheOrdinaryOne() throws {
        var evaluator = loaded.engine.makeEvaluator()
        let stages = [
            "calm", "waiting", "minimum", "maximum", "recent", "referring", "dated-minimum", "dated-maximum", "done",
        ]
        for stage in stages {
            let resident = try resident(stage, facts: ["flag": false, "last_use": "2026-03-01"])
            for offset in [0, 3, 13] {
                let (evaluation, fingerprint) = try evaluator.evaluateWithFingerprint(resident, asOf: day(offset))
                #expect(evaluation == (try evaluator.evaluate(resident, asOf: day(offset))), "\(stage) day \(offset)")
                #expect(fingerprint.asOf == day(offset))
            }
        }
    }

    @Test func nothingNearAThresholdStaysUnchangedForMonths() throws {
        let resident = try resident("calm", facts: ["flag": false, "far_date": "2026-02-01"])
        var evaluator = loaded.engine.makeEvaluator()
        let (base, fingerprint) = try evaluator.evaluateWithFingerprint(resident, asOf: day(0))
        // The calm stage has date-sensitive conditions, all far from their thresholds.
        #expect(try #require(loaded.engine.workflows.first).dateSensitive[0].count == 2)
        for offset in 0...120 {
            #expect(try evaluator.isUnchanged(resident, asOf: day(offset), since: fingerprint), "day \(offset)")
            let evaluation = try evaluator.evaluate(resident, asOf: day(offset))
            #expect(dayCountsRemoved(evaluation) == dayCountsRemoved(base), "day \(offset)")
        }
    }

    @Test func aDayBeforeTheFingerprintIsNeverUnchanged() throws {
        let resident = try resident("calm", facts: ["flag": false, "far_date": "2026-02-01"])
        var evaluator = loaded.engine.makeEvaluator()
        let (_, fingerprint) = try evaluator.evaluateWithFingerprint(resident, asOf: day(5))
        #expect(try evaluator.isUnchanged(resident, asOf: day(5), since: fingerprint))
        #expect(try !evaluator.isUnchanged(resident, asOf: day(4), since: fingerprint))
        #expect(try !evaluator.isUnchanged(resident, asOf: day(-100), since: fingerprint))
    }

    @Test func anotherStageIsNeverUnchanged() throws {
        var evaluator = loaded.engine.makeEvaluator()
        let calm = try resident("calm", facts: ["flag": false, "far_date": "2026-02-01"])
        let (_, fingerprint) = try evaluator.evaluateWithFingerprint(calm, asOf: day(2))
        var moved = calm
        moved.stage = "referring"
        #expect(try !evaluator.isUnchanged(moved, asOf: day(3), since: fingerprint))
    }

    @Test func aDaysInStageCriterionChangesOnTheDayItIsReached() throws {
        try checkChange(try resident("waiting"), from: 3, lastSame: 9, firstChanged: 10)
    }

    @Test func reachingMinDaysChangesTheEvaluation() throws {
        try checkChange(try resident("minimum"), from: 2, lastSame: 6, firstChanged: 7)
    }

    @Test func aMinDaysExpressionReadingTheDateIsReachedWhenItsValueDrops() throws {
        // Admitted 20 days before entry: from day 11 in the stage, days_in_program > 30 and min_days is 2.
        try checkChange(try resident("dated-minimum"), from: 1, lastSame: 10, firstChanged: 11)
    }

    @Test func aMaxDaysExpressionReadingTheDateIsPassedWhenItsValueDrops() throws {
        // From day 31 in the stage, days_in_program > 50 and max_days is 5.
        let resident = try resident("dated-maximum")
        try checkChange(resident, from: 1, lastSame: 30, firstChanged: 31)
        var evaluator = loaded.engine.makeEvaluator()
        #expect(try evaluator.evaluate(resident, asOf: day(31)).stage.overdue)
    }

    @Test func passingMaxDaysChangesTheEvaluationOnce() throws {
        let resident = try resident("maximum")
        try checkChange(resident, from: 2, lastSame: 12, firstChanged: 13)
        // Once overdue, only the days over change.
        var evaluator = loaded.engine.makeEvaluator()
        let (overdue, fingerprint) = try evaluator.evaluateWithFingerprint(resident, asOf: day(13))
        #expect(overdue.alerts.map(\.rule) == ["overdue", "flag-missing"])
        for offset in 14...60 {
            #expect(try evaluator.isUnchanged(resident, asOf: day(offset), since: fingerprint), "day \(offset)")
        }
    }

    @Test func aDaysSinceConditionTurningFalseChangesTheEvaluation() throws {
        let resident = try resident("recent", facts: ["flag": false, "last_use": "2026-03-01"])
        try checkChange(resident, from: 1, lastSame: 7, firstChanged: 8)
        var evaluator = loaded.engine.makeEvaluator()
        #expect(try evaluator.evaluate(resident, asOf: day(7)).alerts.map(\.rule).contains("recent-use"))
        #expect(try !evaluator.evaluate(resident, asOf: day(8)).alerts.map(\.rule).contains("recent-use"))
    }

    @Test func aDeclinedReferralsQuietDaysEndingChangesTheEvaluation() throws {
        let declined = ReferralRecord(service: "svc-decline", status: .declined, date: day(0))
        let resident = try resident("referring", referrals: [declined])
        try checkChange(resident, from: 1, lastSame: 30, firstChanged: 31)
        var evaluator = loaded.engine.makeEvaluator()
        #expect(try evaluator.evaluate(resident, asOf: day(30)).referrals.map(\.service) == ["svc-repeat"])
        #expect(
            try evaluator.evaluate(resident, asOf: day(31)).referrals.map(\.service) == ["svc-repeat", "svc-decline"]
        )
    }

    @Test func aCompletedReferralsRepeatDaysEndingChangesTheEvaluation() throws {
        let completed = ReferralRecord(service: "svc-repeat", status: .completed, date: day(0))
        let resident = try resident("referring", referrals: [completed])
        try checkChange(resident, from: 1, lastSame: 19, firstChanged: 20)
        var evaluator = loaded.engine.makeEvaluator()
        #expect(try evaluator.evaluate(resident, asOf: day(19)).referrals.map(\.service) == ["svc-decline"])
        #expect(
            try evaluator.evaluate(resident, asOf: day(20)).referrals.map(\.service) == ["svc-repeat", "svc-decline"]
        )
    }

    @Test func openReferralsNeverEndWithTime() throws {
        let pending = ReferralRecord(service: "svc-repeat", status: .pending, date: day(0))
        let accepted = ReferralRecord(service: "svc-decline", status: .accepted, date: day(0))
        let resident = try resident("referring", referrals: [pending, accepted])
        var evaluator = loaded.engine.makeEvaluator()
        let (base, fingerprint) = try evaluator.evaluateWithFingerprint(resident, asOf: day(1))
        #expect(base.referrals.isEmpty)
        for offset in 1...120 {
            #expect(try evaluator.isUnchanged(resident, asOf: day(offset), since: fingerprint), "day \(offset)")
        }
    }
}

/// The key property, over the shipped program and the example residents (and residents derived from them):
/// whenever `isUnchanged` says a day's evaluation is the last full one, it is, apart from its day counts.
struct DayFingerprintShippedProgramTests {
    static let days = 200

    let program: Program
    let engine: Engine
    let residents: [Resident]

    init() throws {
        let paths = ["Workflows", "Rules"].map { Repository.root.appendingPathComponent($0).path }
        let (program, diagnostics) = ProgramLoader().load(paths: paths)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(3).map(\.description))")
        self.program = program
        self.engine = Engine(program: program)
        let folder = Repository.root.appendingPathComponent("Examples/residents")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
            .sorted()
        let reader = ResidentReader(program: program)
        var residents: [Resident] = []
        for file in files {
            for result in reader.readFile(at: folder.appendingPathComponent(file).path) {
                #expect(!result.hasErrors, "\(file): \(result.diagnostics.map(\.description))")
                if let resident = result.resident { residents.append(resident) }
            }
        }
        try #require(residents.count >= 10, "found \(residents.count) example residents")
        self.residents = residents
    }

    /// A resident to follow from `start`, with a name for failure messages.
    struct Case {
        let name: String
        let resident: Resident
        let start: Day
    }

    /// The example residents as they are, in every stage, with other dates, and from before their entry.
    private func cases() throws -> [Case] {
        let plan = try #require(program.plans["medan-plus"])
        let stages = try #require(program.workflow("medan-plus")).stages.map(\.id.value)
        let dateSlots = plan.residentType.fields.indices.filter { plan.residentType.fields[$0].type == .timestamp }
        try #require(!dateSlots.isEmpty)
        var cases: [Case] = []
        for resident in residents {
            let entered = try #require(resident.stageEnteredOn ?? resident.admittedOn)
            let start = max(entered, resident.admittedOn ?? entered)
            func add(_ variant: String, _ changed: Resident, from day: Day = start) {
                cases.append(Case(name: "\(resident.id) \(variant)", resident: changed, start: day))
            }
            add("as written", resident)
            add("from 5 days before entry", resident, from: entered.adding(days: -5))
            for stage in stages where stage != resident.stage {
                var moved = resident
                moved.stage = stage
                add("in \(stage)", moved)
            }
            var earlier = resident
            earlier.stageEnteredOn = resident.stageEnteredOn?.adding(days: -60)
            earlier.admittedOn = resident.admittedOn?.adding(days: -60)
            add("entered 60 days earlier", earlier, from: start.adding(days: -60))
            var noEntry = resident
            noEntry.stageEnteredOn = nil
            add("without stage_entered_on", noEntry, from: resident.admittedOn ?? start)
            var noAdmission = resident
            noAdmission.admittedOn = nil
            add("without admitted_on", noAdmission, from: resident.stageEnteredOn ?? start)
            // Every recorded date a few days after the start, so that "in the last N days" conditions end
            // within the window; referrals dated the day after the start.
            var recent = resident
            for slot in dateSlots where recent.facts.fields[slot] != nil {
                recent.facts.fields[slot] = ActivationBinding.timestamp(start.adding(days: 3))
            }
            recent.referrals = resident.referrals.map {
                ReferralRecord(service: $0.service, status: $0.status, date: start.adding(days: 1))
            }
            add("with recent dates", recent)
            // Completed referrals declined and declined ones completed, so that hold-backs end in the window.
            var flipped = resident
            flipped.referrals = resident.referrals.enumerated().map { index, record in
                let status: ReferralStatus =
                    switch record.status {
                    case .completed: .declined
                    case .declined: .completed
                    default: index.isMultiple(of: 2) ? .completed : .declined
                    }
                return ReferralRecord(service: record.service, status: status, date: start.adding(days: index * 3))
            }
            add("with referrals ending in the window", flipped)
        }
        return cases
    }

    /// Reuse follows the simulation, and so does carrying what a fingerprint remembers.
    ///
    /// A fingerprint remembers the values of derived names and the outcomes of conditions on the facts alone:
    /// each evaluation takes the last fingerprint as `sameFactsAs`, as the cohort simulation does, and must
    /// equal an evaluation from scratch. The first
    /// evaluation of each derived resident starts from a fingerprint of the resident as written, in their own
    /// stage on their own start day, when the facts are the same.
    @Test func anEvaluationSaidUnchangedIsTheLastFullOne() throws {
        var evaluator = engine.makeEvaluator()
        var failures: [String] = []
        var carryFailures: [String] = []
        var reused = 0
        var retaken = 0
        var donated = 0
        var donors: [String: (facts: ObjectValue, fingerprint: DayFingerprint)] = [:]
        for resident in residents {
            let start = try #require(resident.stageEnteredOn)
            donors[resident.id] = (resident.facts, try evaluator.evaluateWithFingerprint(resident, asOf: start).1)
        }
        let cases = try cases()
        for item in cases {
            let donor = try #require(donors[item.resident.id])
            let sameFacts = Value.object(donor.facts).isIdentical(to: .object(item.resident.facts))
            if sameFacts { donated += 1 }
            var (last, fingerprint) = try evaluator.evaluateWithFingerprint(
                item.resident,
                asOf: item.start,
                sameFactsAs: sameFacts ? donor.fingerprint : nil
            )
            if last != (try evaluator.evaluate(item.resident, asOf: item.start)) {
                carryFailures.append("\(item.name) on \(item.start), from the resident as written")
            }
            for offset in 1..<Self.days {
                let day = item.start.adding(days: offset)
                let unchanged = try evaluator.isUnchanged(item.resident, asOf: day, since: fingerprint)
                let (evaluation, fresh) = try evaluator.evaluateWithFingerprint(
                    item.resident,
                    asOf: day,
                    sameFactsAs: fingerprint
                )
                if evaluation != (try evaluator.evaluate(item.resident, asOf: day)) {
                    carryFailures.append("\(item.name) on \(day), from \(fingerprint.asOf)")
                }
                if unchanged {
                    reused += 1
                    if dayCountsRemoved(evaluation) != dayCountsRemoved(last) {
                        failures.append(
                            "\(item.name) on \(day) (fingerprint of \(fingerprint.asOf)): "
                                + "\(dayCountsRemoved(evaluation)) is not \(dayCountsRemoved(last))"
                        )
                    }
                } else {
                    retaken += 1
                    (last, fingerprint) = (evaluation, fresh)
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures; first: \(failures.prefix(3))")
        #expect(carryFailures.isEmpty, "\(carryFailures.count) failures; first: \(carryFailures.prefix(3))")
        #expect(cases.count > 100)
        // Neither answer may be vacuous: most days are reused, and day-driven changes do happen.
        #expect(reused > 0)
        #expect(retaken > 0)
        #expect(reused > retaken)
        #expect(donated > cases.count / 2)
    }

    @Test func theExampleResidentsReadTheDate() throws {
        let info = try #require(engine.workflows.first { $0.id == "medan-plus" })
        #expect(info.dateSensitive.allSatisfy { !$0.isEmpty })
    }
}
