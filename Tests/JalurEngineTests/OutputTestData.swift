import JalurDiagnostics
import JalurEngine
import JalurModel

/// Hand-built evaluations and a tiny program for output tests: no engine involved.
enum OutputTestData {
    static let here = SourceLocation(file: "t.yaml", line: 1, column: 1)
    static let day = Day(year: 2026, month: 4, day: 1)

    static let program: Program = {
        let stages = [
            Stage(
                id: Located("assessment", at: here),
                title: LocalizedText([("en", "Assessment"), ("id", "Asesmen")])
            ),
            Stage(
                id: Located("planning", at: here),
                title: LocalizedText([("en", "Planning"), ("id", "Perencanaan")])
            ),
        ]
        let workflow = Workflow(
            id: Located("medan-plus", at: here),
            title: LocalizedText(plain: "Medan Plus"),
            facts: Located("resident", at: here),
            start: Located("assessment", at: here),
            stages: stages
        )
        let detox = Service(
            id: Located("rsj-detox", at: here),
            title: LocalizedText([("en", "Detox ward"), ("id", "Detoksifikasi")]),
            type: "health",
            document: "s"
        )
        return Program(services: [detox], workflows: [workflow])
    }()

    static func evaluation(
        id: String = "R-1",
        referrals: [Suggestion] = [],
        alerts: [Alert] = [],
        undetermined: [Undetermined] = [],
        move: Move? = nil,
        blockers: [Blocker] = []
    ) -> Evaluation {
        Evaluation(
            resident: id,
            workflow: "medan-plus",
            asOf: day,
            stage: StageStatus(id: "assessment", daysInStage: 22, overdue: false),
            move: move,
            blockers: blockers,
            referrals: referrals,
            alerts: alerts,
            undetermined: undetermined
        )
    }

    static let detox = Suggestion(
        service: "rsj-detox",
        rules: ["detox-moderate-withdrawal"],
        role: "facilitator",
        urgency: .urgent,
        because: [LocalizedText([("en", "COWS ≥ 13: detox first."), ("id", "COWS ≥ 13: detoks dulu.")])],
        evidence: [Evidence(path: "resident.cows", json: "15")]
    )

    static let suicide = Alert(
        rule: "suicide-risk",
        level: .critical,
        because: LocalizedText(plain: "Observe \"now\".")
    )
}
