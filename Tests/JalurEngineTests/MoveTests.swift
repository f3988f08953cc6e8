@testable import JalurEngine
import JalurExpression
import JalurModel
import Testing

/// SPEC §2.6 items 8 and 9: branches, the forward move, blockers, terminal stages, overdue.
struct MoveTests {
    @Test func firstTrueBranchWinsEvenBeforeMinDays() throws {
        var harness = Harness()
        harness.table = ["quit": .yes, "relapse": .yes]
        let evaluation = try harness.evaluate(stage: "intake", days: 0)
        #expect(
            evaluation.move
                == Move(to: "end", via: .branch, branch: "quit", because: LocalizedText(plain: "because quit"))
        )
        #expect(evaluation.blockers.isEmpty)
    }

    @Test func undeterminedBranchIsListedAndTheNextTried() throws {
        var harness = Harness()
        harness.table = ["quit": .unknown(absent: ["resident.discharge_requested"]), "relapse": .yes]
        let evaluation = try harness.evaluate(stage: "intake")
        #expect(evaluation.move?.to == "work")
        #expect(evaluation.move?.branch == "relapse")
        #expect(
            evaluation.undetermined == [
                Undetermined(subject: .branch, id: "quit", missing: ["resident.discharge_requested"])
            ]
        )
    }

    @Test func forwardMoveNeedsEveryCriterionAndMinDays() throws {
        let harness = Harness()
        let evaluation = try harness.evaluate(stage: "intake", days: 3)
        #expect(evaluation.move == Move(to: "work", via: .next, because: BuiltinText.forwardMove))
        #expect(evaluation.blockers.isEmpty)
    }

    @Test func minDaysNotReachedIsTheFirstBlocker() throws {
        var harness = Harness()
        harness.table = ["consent": .no(absent: ["resident.consent_signed"])]
        let evaluation = try harness.evaluate(stage: "intake", days: 1)
        #expect(evaluation.move == nil)
        #expect(evaluation.blockers.map(\.criterion) == ["min-days", "consent"])
        #expect(evaluation.blockers[0].daysLeft == 2)
        #expect(
            evaluation.blockers[0].because?.text(in: "en") == "Minimum stay of 3 days not reached yet (2 days to go)"
        )
        #expect(
            evaluation.blockers[0].because?.text(in: "id") == "Lama tinggal minimum 3 hari belum tercapai (2 hari lagi)"
        )
        #expect(evaluation.blockers[1].missing == ["resident.consent_signed"])
        #expect(evaluation.undetermined.isEmpty)
    }

    @Test func onlyMinDaysBlocks() throws {
        let evaluation = try Harness().evaluate(stage: "intake", days: 2)
        #expect(evaluation.move == nil)
        #expect(evaluation.blockers.map(\.criterion) == ["min-days"])
    }

    @Test func undeterminedCriterionIsBlockerAndUndetermined() throws {
        var harness = Harness()
        harness.table = ["history": .unknown(absent: ["resident.substances"])]
        let evaluation = try harness.evaluate(stage: "intake")
        #expect(evaluation.move == nil)
        #expect(
            evaluation.blockers == [
                Blocker(
                    criterion: "history",
                    because: LocalizedText(plain: "because history"),
                    missing: ["resident.substances"]
                )
            ]
        )
        #expect(
            evaluation.undetermined == [
                Undetermined(subject: .criterion, id: "history", missing: ["resident.substances"])
            ]
        )
    }

    @Test func undeterminedWithoutAbsentFactsReportsTheError() throws {
        var harness = Harness()
        harness.table = ["history": .unknown(error: "division by zero")]
        let evaluation = try harness.evaluate(stage: "intake")
        #expect(
            evaluation.undetermined == [Undetermined(subject: .criterion, id: "history", error: "division by zero")]
        )
        #expect(evaluation.blockers.first?.error == "division by zero")
    }

    @Test func errorNamingAFactReportsItWhenNoStaticPathIsAbsent() throws {
        var harness = Harness()
        harness.table = ["history": .unknown(error: "no such key: 'heroin'", missingFact: "resident.assist.heroin")]
        let evaluation = try harness.evaluate(stage: "intake")
        #expect(
            evaluation.undetermined == [
                Undetermined(subject: .criterion, id: "history", missing: ["resident.assist.heroin"])
            ]
        )
    }

    @Test func terminalStageIsCompleteWhenCriteriaHoldAndMinDaysPassed() throws {
        let complete = try Harness().evaluate(stage: "end", days: 2)
        #expect(complete.stage.complete == true)
        #expect(complete.move == nil)
        #expect(complete.blockers.isEmpty)
        let early = try Harness().evaluate(stage: "end", days: 1)
        #expect(early.stage.complete == false)
        #expect(early.blockers.map(\.criterion) == ["min-days"])
        var harness = Harness()
        harness.table = ["handover": .no()]
        let unmet = try harness.evaluate(stage: "end", days: 5)
        #expect(unmet.stage.complete == false)
        #expect(unmet.blockers.map(\.criterion) == ["handover"])
        #expect(try Harness().evaluate(stage: "work").stage.complete == nil)
    }

    @Test func terminalStageBranchMoves() throws {
        let stages = [
            Make.stage("work", line: 1, next: "end"),
            Make.stage("end", line: 20, terminal: true, branches: [("relapse", "work")]),
        ]
        var harness = Harness(stages: stages)
        harness.table = ["relapse": .yes]
        let evaluation = try harness.evaluate(stage: "end")
        #expect(evaluation.move?.to == "work")
        #expect(evaluation.stage.complete == true)
    }

    @Test func undeterminedMinDaysBlocksWithItsMissingFacts() throws {
        let stages = [
            Make.stage("work", line: 1, next: "end", minDaysExpression: true),
            Make.stage("end", line: 20, terminal: true),
        ]
        var harness = Harness(stages: stages)
        harness.limits = ["min-days": .undetermined(EvalError("no such field", missingFact: "resident.cows"))]
        let evaluation = try harness.evaluate(stage: "work")
        #expect(evaluation.move == nil)
        #expect(evaluation.blockers.map(\.criterion) == ["min-days"])
        #expect(evaluation.blockers.first?.missing == ["resident.cows"])
        #expect(
            evaluation.undetermined == [Undetermined(subject: .criterion, id: "min-days", missing: ["resident.cows"])]
        )
        harness.limits = ["min-days": .days(5)]
        #expect(try harness.evaluate(stage: "work", days: 5).move?.to == "end")
        #expect(try harness.evaluate(stage: "work", days: 4).move == nil)
    }

    @Test func overdueAddsAWarning() throws {
        let evaluation = try Harness().evaluate(stage: "intake", days: 20)
        #expect(evaluation.stage.overdue)
        #expect(
            evaluation.alerts == [
                Alert(
                    rule: "overdue",
                    level: .warning,
                    because: BuiltinText.overdue(daysOver: 6, maximum: 14),
                    daysOver: 6
                )
            ]
        )
        #expect(evaluation.alerts.first?.because?.text(in: "en") == "6 days past the stage's maximum of 14 days")
        let oneDay = try Harness().evaluate(stage: "intake", days: 15)
        #expect(oneDay.alerts.first?.because?.text(in: "en") == "1 day past the stage's maximum of 14 days")
        let onTheDay = try Harness().evaluate(stage: "intake", days: 14)
        #expect(!onTheDay.stage.overdue)
        #expect(onTheDay.alerts.isEmpty)
    }

    @Test func undeterminedMaxDaysIsListedWithoutAlert() throws {
        let stages = [
            Make.stage("work", line: 1, next: "end", maxDaysExpression: true),
            Make.stage("end", line: 20, terminal: true),
        ]
        var harness = Harness(stages: stages)
        harness.limits = ["max-days": .undetermined(EvalError("division by zero"))]
        let evaluation = try harness.evaluate(stage: "work", days: 500)
        #expect(!evaluation.stage.overdue)
        #expect(evaluation.alerts.isEmpty)
        #expect(evaluation.undetermined == [Undetermined(subject: .rule, id: "overdue", error: "division by zero")])
    }

    @Test func staysOnFalseBranchesAndReportsDaysInStage() throws {
        var harness = Harness()
        harness.table = ["consent": .no()]
        let evaluation = try harness.evaluate(stage: "intake", days: 7)
        #expect(evaluation.stage == StageStatus(id: "intake", daysInStage: 7, overdue: false))
        #expect(evaluation.move == nil)
    }

    @Test func traceListsBranchesCriteriaAndRules() throws {
        var harness = Harness(rules: [
            Make.rule("vct", line: 1, refer: "vct"), Make.rule("later", line: 2, refer: "x", stages: ["work"]),
        ])
        harness.table = ["quit": .yes, "vct": .yes]
        let evaluation = try harness.evaluate(stage: "intake", includeTrace: true)
        #expect(evaluation.trace.map(\.id) == ["quit", "relapse", "consent", "history", "vct"])
        #expect(evaluation.trace[1].note == "not tried: an earlier branch moves")
        #expect(evaluation.trace.allSatisfy { $0.condition == "when \($0.id)" })
        let plain = try harness.evaluate(stage: "intake")
        #expect(plain.trace.isEmpty)
        #expect(plain.move == evaluation.move)
    }
}
