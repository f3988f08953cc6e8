import JalurModel

extension JalurSchema {
    /// `kind: workflow` (SPEC §2.3): the pathway of stages.
    static func workflowDefinitions() -> [OrderedJSON.Member] {
        [
            .init("workflowDocument", workflowDocument()),
            .init("stage", stage()),
            .init("criterion", criterion()),
            .init("branch", branch()),
        ]
    }

    private static func workflowDocument() -> OrderedJSON {
        documentObject(
            .workflow,
            "A workflow: the pathway of stages a resident moves through.",
            required: ["facts", "start", "stages"],
            properties: [
                "title": SchemaKeywords.ref("text", "The workflow's name for people."),
                "description": SchemaKeywords.ref("text", "What the workflow is for, for people."),
                "facts": SchemaKeywords.ref("id", "The id of the `facts` schema residents on this workflow use."),
                "start": SchemaKeywords.ref("id", "The id of the stage residents start in."),
                "stages": SchemaKeywords.array(of: ref("stage"), "The stages, in order.", minItems: 1),
            ]
        )
    }

    private static func stage() -> OrderedJSON {
        SchemaKeywords.closedObject(
            "A stage of the pathway.",
            required: ["id"],
            properties: [
                "id": SchemaKeywords.ref("id", "The stage id, unique within the workflow."),
                "title": SchemaKeywords.ref("text", "The stage's name for people."),
                "description": SchemaKeywords.ref("text", "What happens in this stage, for people."),
                "role": SchemaKeywords.ref("role", "The social worker's role in this stage."),
                "min_days": SchemaKeywords.ref(
                    "dayLimit",
                    "Fewest days in the stage before the forward move (an integer or an expression)."
                ),
                "max_days": SchemaKeywords.ref(
                    "dayLimit",
                    "Days after which the stage is overdue, raising a warning (an integer or an expression)."
                ),
                "exit_criteria": SchemaKeywords.array(
                    of: ref("criterion"),
                    "Criteria that must all hold to move forward; unmet ones are reported as blockers."
                ),
                "branches": SchemaKeywords.array(
                    of: ref("branch"),
                    "Moves checked in order before the forward move; the first that holds wins, even before "
                        + "`min_days`."
                ),
                "next": SchemaKeywords.ref(
                    "id",
                    "The stage to move to once every exit criterion holds and `min_days` have passed."
                ),
                "terminal": SchemaKeywords.boolean("Whether this stage ends the pathway (it has no `next`)."),
            ]
        )
    }

    private static func criterion() -> OrderedJSON {
        SchemaKeywords.closedObject(
            "An exit criterion: a condition that must hold to leave the stage.",
            required: ["id", "when"],
            properties: [
                "id": SchemaKeywords.ref("id", "The criterion id, reported when it blocks the move."),
                "when": SchemaKeywords.ref("condition", "The condition that must hold."),
                "because": SchemaKeywords.ref("text", "Why it matters, shown to staff when it blocks."),
            ]
        )
    }

    private static func branch() -> OrderedJSON {
        SchemaKeywords.closedObject(
            "A branch: a move to another stage when its condition holds.",
            required: ["to", "when"],
            properties: [
                "id": SchemaKeywords.ref("id", "The branch id, unique within the stage (default `to-<stage>`)."),
                "to": SchemaKeywords.ref("id", "The stage to move to."),
                "when": SchemaKeywords.ref("condition", "The condition that triggers the move."),
                "because": SchemaKeywords.ref("text", "Why the resident moves, shown to staff."),
            ]
        )
    }
}
