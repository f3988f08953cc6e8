@testable import JalurEngine
import JalurExpression
import JalurModel
import Testing

/// SPEC §2.6 item 2: the variables bound per resident.
struct BindingTests {
    @Test func daysCountFromStageEntryAndAdmission() {
        let resident = Harness.resident("work", days: 12)
        let days = StayDays(resident: resident, asOf: Harness.asOf)
        #expect(days.inStage == 12)
        #expect(days.inProgram == 32)
        #expect(days.notes.isEmpty)
    }

    @Test func missingStageEntryFallsBackToAdmissionWithANote() {
        var resident = Harness.resident("work", days: 12)
        resident.stageEnteredOn = nil
        let days = StayDays(resident: resident, asOf: Harness.asOf)
        #expect(days.inStage == 32)
        #expect(days.notes == ["stage_entered_on is not recorded: days_in_stage counts from admitted_on"])
        resident.admittedOn = nil
        let neither = StayDays(resident: resident, asOf: Harness.asOf)
        #expect(neither.inStage == 0)
        #expect(neither.inProgram == 0)
        #expect(neither.notes.count == 2)
    }

    @Test func aStageEnteredBeforeTheAdmissionIsNoted() {
        var resident = Harness.resident("work", days: 12)
        resident.admittedOn = resident.stageEnteredOn?.adding(days: 3)
        let days = StayDays(resident: resident, asOf: Harness.asOf)
        #expect(days.inStage == 12)
        #expect(days.inProgram == 9)
        #expect(days.notes.count == 1)
        let admitted = Harness.asOf.adding(days: -9)
        #expect(days.notes.first?.hasSuffix("is before admitted_on \(admitted): check both dates") == true)
    }

    @Test func notesReachTheEvaluation() throws {
        var resident = Harness.resident("work")
        resident.admittedOn = nil
        let evaluation = try Harness().evaluate(resident)
        #expect(evaluation.notes == ["admitted_on is not recorded: days_in_program counts from stage_entered_on"])
    }

    @Test func todayIsMidnightUTC() {
        guard case .timestamp(let time) = ActivationBinding.timestamp(Day(year: 1970, month: 1, day: 3)) else {
            Issue.record("not a timestamp")
            return
        }
        #expect(time == Timestamp(seconds: 2 * 86_400))
    }

    @Test func referralsAreRecordsWithServiceStatusDateAndDaysSince() {
        let record = Harness.referral("rsj-detox", .completed, daysAgo: 9)
        let list = ActivationBinding.referrals([record], asOf: Harness.asOf)
        #expect(
            ValueJSON.text(list)
                == #"[{"service":"rsj-detox","status":"completed","date":"2026-03-23","days_since":9}]"#
        )
    }
}
