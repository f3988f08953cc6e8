import JalurModel

extension JalurSchema {
    /// `kind: rules` (SPEC §2.4): referrals, aftercare and alerts.
    static func rulesDefinitions() -> [OrderedJSON.Member] {
        [
            .init("rulesDocument", rulesDocument()),
            .init("rule", rule()),
        ]
    }

    private static func rulesDocument() -> OrderedJSON {
        documentObject(
            .rules,
            "Rules: referrals, aftercare and alerts. Every matching rule fires.",
            required: ["rules"],
            properties: [
                "description": SchemaKeywords.ref("text", "What these rules are about, for people."),
                "rules": SchemaKeywords.array(of: ref("rule"), "The rules, in order."),
            ]
        )
    }

    private static func rule() -> OrderedJSON {
        SchemaKeywords.closedObject(
            "A rule: when its condition holds, refer to a service, arrange aftercare or raise an alert "
                + "(exactly one of `refer`, `aftercare` or `alert`).",
            required: ["id", "when"],
            properties: [
                "id": SchemaKeywords.ref("id", "The rule id, unique across the program."),
                "title": SchemaKeywords.ref("text", "The rule's name for people."),
                "description": SchemaKeywords.ref("text", "More about the rule, for people."),
                "when": SchemaKeywords.ref("condition", "The condition under which the rule fires."),
                "refer": SchemaKeywords.ref("id", "The id of the service to refer the resident to."),
                "aftercare": SchemaKeywords.ref("id", "The id of the aftercare service to arrange."),
                "alert": SchemaKeywords.ref("alertLevel", "Raise an alert of this level."),
                "role": SchemaKeywords.ref("role", "The social worker's role in the referral."),
                "urgency": SchemaKeywords.ref("urgency", "How soon the referral must happen (default routine)."),
                "stages": SchemaKeywords.ref(
                    "idList",
                    "Stages in which the rule applies (default: every stage; aftercare: the terminal stages)."
                ),
                "suppressed_by": SchemaKeywords.ref("idList", "Rules that cancel this one when they fire."),
                "repeat_after_days": SchemaKeywords.integer(
                    "Days after a completed referral before the service is suggested again (default: never).",
                    minimum: 0
                ),
                "requires": SchemaKeywords.ref(
                    "idList",
                    "Services whose referral must be completed first; until then this referral is blocked."
                ),
                "holds_stage": SchemaKeywords.boolean(
                    "While this referral is suggested, pending or accepted, the resident does not change stage."
                ),
                "because": SchemaKeywords.ref("text", "Why the rule fires, shown to staff."),
            ],
            extra: [
                "oneOf": [
                    SchemaKeywords.requires("refer"), SchemaKeywords.requires("aftercare"),
                    SchemaKeywords.requires("alert"),
                ]
            ]
        )
    }
}
