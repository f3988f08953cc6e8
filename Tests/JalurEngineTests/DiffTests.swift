import Foundation
import JalurEngine
import JalurModel
import Testing

/// `jalur diff` comparisons: what changes for a resident between two programs, and who is responsible.
struct DiffTests {
    /// The rule-test program with the detox cut-off lowered, the safety plan made less urgent and the
    /// suicide-risk alert's condition reading a new fact.
    static let changedProgram = RuleTestHarness.program
        .replacingOccurrences(of: "resident.cows >= 13", with: "resident.cows >= 5")
        .replacingOccurrences(of: "urgency: immediate", with: "urgency: soon")
        .replacingOccurrences(
            of: "when: resident.suicide_risk == 'high'\n    alert: critical",
            with: "when: resident.suicide_risk == 'high' && resident.consent_signed\n    alert: critical"
        )

    func changes(_ facts: [String: Any]) throws -> [String] {
        let before = try LoadedProgram(RuleTestHarness.program)
        let after = try LoadedProgram(Self.changedProgram)
        var diff = ProgramDiff(before: before.engine, after: after.engine)
        let result = try diff.compare(
            before: try before.resident("intake", facts: facts),
            after: try after.resident("intake", facts: facts),
            asOf: Harness.asOf
        )
        return result.changes.map { "\($0.summary) [\($0.responsible.map(\.label).joined(separator: ", "))]" }
    }

    @Test func theChangedProgramDiffersWhereIntended() {
        #expect(Self.changedProgram.contains("resident.cows >= 5"))
        #expect(Self.changedProgram.contains("urgency: soon"))
        #expect(Self.changedProgram.contains("&& resident.consent_signed"))
    }

    @Test func aLowerCutOffAddsAReferral() throws {
        let found = try changes(["cows": 8, "suicide_risk": "none", "consent_signed": false])
        #expect(found == ["referral rsj-detox added (urgent) [rule detox]"])
    }

    @Test func urgencyAndUndeterminedChangesNameTheirRules() throws {
        let found = try changes(["cows": 2, "suicide_risk": "high"])
        #expect(
            found == [
                "referral safety-plan urgency immediate → soon [rule safety]",
                "alert suicide-risk removed (was critical) [rule suicide-risk]",
                "rule suicide-risk newly undetermined (missing resident.consent_signed) [rule suicide-risk]",
            ]
        )
    }

    @Test func nothingChangesWhenTheRulesAgree() throws {
        let found = try changes(["cows": 20, "suicide_risk": "none", "consent_signed": true])
        #expect(found.isEmpty)
    }

    @Test func reportGroupsByRuleAndCounts() throws {
        let before = try LoadedProgram(RuleTestHarness.program)
        let after = try LoadedProgram(Self.changedProgram)
        var diff = ProgramDiff(before: before.engine, after: after.engine)
        var residents: [ResidentChanges] = []
        for (id, cows) in [("A", 8), ("B", 20), ("C", 9)] {
            let facts: [String: Any] = ["cows": cows, "suicide_risk": "none", "consent_signed": false]
            residents.append(
                try diff.compare(
                    before: try before.resident("intake", facts: facts, id: id),
                    after: try after.resident("intake", facts: facts, id: id),
                    asOf: Harness.asOf
                )
            )
        }
        let report = DiffReport(asOf: Harness.asOf, residents: residents)
        #expect(report.changed.map(\.resident) == ["A", "C"])
        #expect(report.byGroup.map(\.group.label) == ["rule detox"])
        #expect(report.summaryLine == "2 of 3 residents change: 2 referrals added")
        let text = DiffText().render(report)
        #expect(text.hasPrefix("rule detox: 2 residents\n  A: referral rsj-detox added (urgent)\n  C: "))
    }
}
