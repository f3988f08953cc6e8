import JalurModel

extension JalurSchema {
    /// `kind: scenario`: cohort simulation input.
    ///
    /// Provisional: the scenario format is not settled yet, so the schema checks only the header and accepts
    /// any other key. Tighten it when `jalur simulate --scenario` lands.
    static func scenarioDefinitions() -> [OrderedJSON.Member] {
        [
            .init(
                "scenarioDocument",
                [
                    "description": """
                    A cohort simulation scenario (arrivals, fact distributions, event chances). Provisional: \
                    only `jalur`, `kind` and `id` are checked for now.
                    """,
                    "type": "object",
                    "required": ["jalur", "kind", "id"],
                    "properties": [
                        "jalur": SchemaKeywords.ref("formatVersion", "The format version. Only `1` is supported."),
                        "kind": ["description": "The document kind.", "const": "scenario"],
                        "id": SchemaKeywords.ref("id", "The scenario id, passed to `jalur simulate --scenario`."),
                        "title": SchemaKeywords.ref("text", "The scenario's name for people."),
                        "description": SchemaKeywords.ref("text", "What the scenario models, for people."),
                    ],
                    "additionalProperties": true,
                ]
            )
        ]
    }
}
