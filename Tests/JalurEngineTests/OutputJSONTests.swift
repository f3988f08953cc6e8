import JalurEngine
import JalurModel
import Testing

/// `--format json` and `jsonl`: the exact SPEC §4 shape, in a fixed key order.
struct OutputJSONTests {
    @Test func compactObjectHasSpecKeysInOrder() {
        let evaluation = OutputTestData.evaluation(
            referrals: [OutputTestData.detox],
            alerts: [OutputTestData.suicide],
            undetermined: [
                Undetermined(subject: .rule, id: "hiv-care", missing: ["resident.hiv_status"]),
                Undetermined(subject: .criterion, id: "ratio", error: "division by zero"),
            ],
            blockers: [Blocker(criterion: "profile-complete", because: nil, missing: ["resident.asi"])]
        )
        let json = EvaluationJSON(language: "en", layout: .compact).render(evaluation)
        let expected =
            #"{"resident":"R-1","workflow":"medan-plus","as_of":"2026-04-01","#
            + #""stage":{"id":"assessment","days_in_stage":22,"overdue":false},"move":null,"#
            + #""blockers":[{"criterion":"profile-complete","because":null,"missing":["resident.asi"]}],"on_hold":false,"#
            + #""referrals":[{"service":"rsj-detox","rules":["detox-moderate-withdrawal"],"role":"facilitator","#
            + #""urgency":"urgent","because":["COWS ≥ 13: detox first."],"evidence":{"resident.cows":15},"#
            + #""blocked_by":[],"holds_stage":false}],"aftercare":[],"#
            + #""alerts":[{"rule":"suicide-risk","level":"critical","because":"Observe \"now\"."}],"#
            + #""undetermined":[{"rule":"hiv-care","missing":["resident.hiv_status"]},"#
            + #"{"criterion":"ratio","error":"division by zero"}]}"#
        #expect(json == expected)
    }

    @Test func becauseFollowsTheLanguage() {
        let evaluation = OutputTestData.evaluation(referrals: [OutputTestData.detox])
        let json = EvaluationJSON(language: "id", layout: .compact).render(evaluation)
        #expect(json.contains(#""because":["COWS ≥ 13: detoks dulu."]"#))
    }

    @Test func moveAndOverdueCarryTheirExtras() {
        var evaluation = OutputTestData.evaluation(
            alerts: [Alert(rule: "overdue", level: .warning, because: nil, daysOver: 3)],
            move: Move(to: "planning", via: .branch, branch: "early", because: LocalizedText(plain: "asked"))
        )
        evaluation.stage.complete = true
        let json = EvaluationJSON(language: "en", layout: .compact).render(evaluation)
        #expect(json.contains(#""stage":{"id":"assessment","days_in_stage":22,"overdue":false,"complete":true}"#))
        #expect(json.contains(#""move":{"to":"planning","via":"branch","branch":"early","because":"asked"}"#))
        #expect(json.contains(#"{"rule":"overdue","level":"warning","because":null,"days_over":3}"#))
    }

    @Test func traceOnlyWithExplain() {
        var evaluation = OutputTestData.evaluation()
        evaluation.trace = [
            TraceEntry(
                subject: .rule,
                id: "r",
                condition: "resident.cows >= 13",
                outcome: .true,
                evidence: [Evidence(path: "resident.cows", json: "15")]
            )
        ]
        #expect(!EvaluationJSON(language: "en", layout: .compact).render(evaluation).contains("trace"))
        let explained = EvaluationJSON(language: "en", includesTrace: true, layout: .compact).render(evaluation)
        #expect(
            explained.hasSuffix(
                #""trace":[{"rule":"r","condition":"resident.cows >= 13","outcome":"true","evidence":{"resident.cows":15},"in_scope":true}]}"#
            )
        )
    }

    @Test func prettyLayoutPutsEachMemberAndEntryOnItsOwnLine() {
        let evaluation = OutputTestData.evaluation(alerts: [OutputTestData.suicide, OutputTestData.suicide])
        let lines = EvaluationJSON(language: "en", layout: .pretty).render(evaluation).split(separator: "\n")
        #expect(lines.first == "{")
        #expect(lines.last == "}")
        #expect(lines[1] == #"  "resident": "R-1","#)
        #expect(lines.contains(#"    {"rule": "suicide-risk", "level": "critical", "because": "Observe \"now\"."},"#))
        #expect(lines.count == 16)
    }

    @Test func controlCharactersAreEscaped() {
        let evaluation = OutputTestData.evaluation(id: "R\u{1}\n\t")
        let json = EvaluationJSON(language: "en", layout: .compact).render(evaluation)
        #expect(json.hasPrefix(#"{"resident":"R\u0001\n\t","#))
    }
}

/// Notes appear only when the engine made some.
struct OutputNotesTests {
    @Test func notesOnlyWhenPresent() {
        var evaluation = OutputTestData.evaluation()
        #expect(!EvaluationJSON(language: "en", layout: .compact).render(evaluation).contains("notes"))
        evaluation.notes = ["stage_entered_on is not recorded"]
        #expect(
            EvaluationJSON(language: "en", layout: .compact).render(evaluation)
                .hasSuffix(#""undetermined":[],"notes":["stage_entered_on is not recorded"]}"#)
        )
        #expect(
            StaffView(program: OutputTestData.program, language: "en").render(evaluation)
                .hasSuffix("Notes\n  - stage_entered_on is not recorded\n")
        )
    }
}
