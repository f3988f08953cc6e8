import JalurModel

extension JalurSchema {
    /// `kind: tests` (SPEC §4.1) and the resident files (SPEC §2.5) tests embed.
    static func testsDefinitions() -> [OrderedJSON.Member] {
        [
            .init("testsDocument", testsDocument()),
            .init("test", test()),
            .init("expectation", expectation()),
            .init("resident", resident()),
            .init("referralRecord", referralRecord()),
        ]
    }

    private static func testsDocument() -> OrderedJSON {
        documentObject(
            .tests,
            "Rule tests, run by `jalur test`.",
            required: ["tests"],
            properties: [
                "description": SchemaKeywords.ref("text", "What these tests cover, for people."),
                "tests": SchemaKeywords.array(of: ref("test"), "The tests, in order.", minItems: 1),
            ]
        )
    }

    private static func test() -> OrderedJSON {
        SchemaKeywords.closedObject(
            "One test: a resident on a date, and what `jalur next` must say (give `resident` or `file`).",
            required: ["name", "as_of", "expect"],
            properties: [
                "name": SchemaKeywords.string("What the test shows, printed when it fails."),
                "as_of": SchemaKeywords.ref("date", "The date the resident is evaluated on."),
                "resident": SchemaKeywords.ref("resident", "The resident, written inline."),
                "file": SchemaKeywords.string("A resident file, relative to this file."),
                "expect": SchemaKeywords.ref("expectation", "What the evaluation must give."),
            ],
            extra: ["oneOf": [SchemaKeywords.requires("resident"), SchemaKeywords.requires("file")]]
        )
    }

    private static func expectation() -> OrderedJSON {
        func list(_ description: String) -> OrderedJSON {
            ["description": .string(description), "type": "array", "items": ["type": "string"]]
        }
        return SchemaKeywords.closedObject(
            "What the evaluation must give; keys left out are not checked.",
            required: [],
            properties: [
                "stage": SchemaKeywords.ref("id", "The current stage."),
                "move": SchemaKeywords.anyOf(
                    "The stage the resident moves to, or `null` when the resident stays.",
                    [ref("id"), ["type": "null"]]
                ),
                "referrals": list("Services that must be referred (others may be too); `[]` means none."),
                "not_referrals": list("Services that must not be referred."),
                "aftercare": list("Aftercare services that must be suggested; `[]` means none."),
                "alerts": list("Alerts that must be raised, by rule id or level; `[]` means none."),
                "blockers": list("Criteria (or `min-days`) that must be among the blockers; `[]` means none."),
                "undetermined": list("Rules, criteria or branches that must be undetermined; `[]` means none."),
            ]
        )
    }

    private static func resident() -> OrderedJSON {
        SchemaKeywords.closedObject(
            "A resident's recorded state.",
            required: ["id", "stage"],
            properties: [
                "id": SchemaKeywords.string("The resident's id."),
                "workflow": SchemaKeywords.ref("id", "The workflow (optional when the program has one)."),
                "stage": SchemaKeywords.ref("id", "The current stage."),
                "stage_entered_on": SchemaKeywords.ref("date", "When the resident entered the current stage."),
                "admitted_on": SchemaKeywords.ref("date", "When the resident was admitted."),
                "facts": [
                    "description": "Facts, checked against the workflow's facts schema.",
                    "type": "object",
                ],
                "referrals": SchemaKeywords.array(of: ref("referralRecord"), "The referral history."),
            ]
        )
    }

    private static func referralRecord() -> OrderedJSON {
        SchemaKeywords.closedObject(
            "One entry of the referral history.",
            required: ["service", "status", "date"],
            properties: [
                "service": SchemaKeywords.ref("id", "The service referred to."),
                "status": SchemaKeywords.ref("referralStatus", "The referral's status."),
                "date": SchemaKeywords.ref("date", "When the referral got this status."),
            ]
        )
    }
}
