import JalurEngine
import JalurModel
import Testing

/// The staff view and the caseload table.
struct OutputTextTests {
    @Test func staffViewPutsUrgentItemsFirstWithRoleAndReason() {
        let evaluation = OutputTestData.evaluation(
            referrals: [OutputTestData.detox],
            alerts: [OutputTestData.suicide],
            undetermined: [Undetermined(subject: .rule, id: "hiv-care", missing: ["resident.hiv_status"])],
            blockers: [Blocker(criterion: "profile-complete", because: nil, missing: ["resident.asi"])]
        )
        let text = StaffView(program: OutputTestData.program, language: "en").render(evaluation)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Resident R-1 · Medan Plus · as of 2026-04-01")
        #expect(lines[1] == "Stage: Assessment (assessment) · 22 days")
        #expect(lines[3] == "Urgent")
        #expect(lines[4] == "  ! Detox ward [rsj-detox] · urgent · facilitator")
        #expect(lines[5] == "      COWS ≥ 13: detox first.")
        #expect(lines[6] == "  ! suicide-risk · critical")
        #expect(text.contains("Record next\n  - resident.asi (profile-complete)\n  - resident.hiv_status (hiv-care)\n"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test func staffViewSpeaksIndonesian() {
        let evaluation = OutputTestData.evaluation(
            referrals: [OutputTestData.detox],
            move: Move(to: "planning", via: .next, because: LocalizedText([("en", "ready"), ("id", "siap")]))
        )
        let text = StaffView(program: OutputTestData.program, language: "id").render(evaluation)
        #expect(text.contains("Tahap: Asesmen (assessment) · 22 hari"))
        #expect(text.contains("  ! Detoksifikasi [rsj-detox] · 72 jam · fasilitator\n      COWS ≥ 13: detoks dulu."))
        #expect(text.contains("Pindah ke Perencanaan (planning): siap"))
    }

    @Test func colourOnlyWhenAsked() {
        let evaluation = OutputTestData.evaluation(alerts: [OutputTestData.suicide])
        let text = StaffView(program: OutputTestData.program, language: "en", style: TextStyle(isColored: true)).render(
            evaluation
        )
        #expect(text.contains("\u{1B}[1;31m"))
    }

    @Test func caseloadSortsByUrgencyThenID() {
        let rows = [
            CaseloadRow(OutputTestData.evaluation(id: "R-3")),
            CaseloadRow(OutputTestData.evaluation(id: "R-2", referrals: [OutputTestData.detox])),
            CaseloadRow(OutputTestData.evaluation(id: "R-9", alerts: [OutputTestData.suicide])),
            CaseloadRow(OutputTestData.evaluation(id: "R-1")),
        ]
        let table = CaseloadTable(program: OutputTestData.program, language: "en").render(rows)
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.map { $0.prefix(3) } == ["RES", "R-9", "R-2", "R-1", "R-3"])
        #expect(lines[0] == "RESIDENT  STAGE       DAYS  OVERDUE  URGENT REFERRALS  ALERTS          UNDETERMINED")
        #expect(lines[1] == "R-9       assessment    22        -  -                 1 (1 critical)             0")
        #expect(lines[2] == "R-2       assessment    22        -  rsj-detox         -                          0")
    }
}
