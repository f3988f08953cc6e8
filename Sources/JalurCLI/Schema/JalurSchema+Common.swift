import JalurModel

extension JalurSchema {
    /// The pattern every id follows (SPEC §2): a lowercase letter or digit, then letters, digits, `-` or `_`.
    static let idPattern = "^[a-z0-9][a-z0-9_-]*$"
    /// A name usable in expressions: fact fields and derived names.
    static let identifierPattern = "^[A-Za-z_][A-Za-z0-9_]*$"
    /// A language code such as `en`, `id` or `pt-BR`.
    static let languagePattern = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"
    /// The roles social workers take (SPEC §2.3).
    static let roles = ["facilitator", "mediator", "advocate"]
    /// Service types (SPEC §2.2).
    static let serviceTypes = [
        "health", "mental-health", "education", "vocational", "legal", "social", "family", "spiritual", "aftercare",
        "internal",
    ]
    /// Fact field types (SPEC §2.1).
    static let factTypes = ["int", "double", "bool", "string", "date", "enum", "list", "object", "map"]

    static func commonDefinitions() -> [OrderedJSON.Member] {
        [
            .init("formatVersion", ["description": "The format version. Only `1` is supported.", "const": 1]),
            .init(
                "documentKind",
                SchemaKeywords.enumeration(
                    DocumentKind.allCases.map(\.rawValue),
                    "The document kind: workflow, facts, services, rules, tests or scenario."
                )
            ),
            .init(
                "id",
                SchemaKeywords.string(
                    "An id: a lowercase letter or digit, then lowercase letters, digits, `-` or `_`.",
                    pattern: idPattern
                )
            ),
            .init("text", text()),
            .init("expression", expression()),
            .init("condition", condition()),
            .init("dayLimit", dayLimit()),
            .init(
                "date",
                SchemaKeywords.string("A date, `YYYY-MM-DD`.", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", format: "date")
            ),
            .init("idList", SchemaKeywords.array(of: ref("id"), "A list of ids.", unique: true)),
        ] + enumerations()
    }

    private static func enumerations() -> [OrderedJSON.Member] {
        [
            .init(
                "role",
                SchemaKeywords.enumeration(
                    roles,
                    "The social worker's role: facilitator (access to services), mediator (conflicts with family "
                        + "or surroundings) or advocate (rights to services, against stigma)."
                )
            ),
            .init(
                "urgency",
                SchemaKeywords.enumeration(
                    Urgency.allCases.map(\.rawValue),
                    "How soon: immediate (same day), urgent (72 hours), soon (7 days) or routine (30 days)."
                )
            ),
            .init(
                "alertLevel",
                SchemaKeywords.enumeration(AlertLevel.allCases.map(\.rawValue), "The alert level.")
            ),
            .init("serviceType", SchemaKeywords.enumeration(serviceTypes, "What kind of service this is.")),
            .init("factType", SchemaKeywords.enumeration(factTypes, "The field's type.")),
            .init(
                "referralStatus",
                SchemaKeywords.enumeration(
                    ReferralStatus.allCases.map(\.rawValue),
                    "The referral's status on its `date`."
                )
            ),
        ]
    }

    /// `{"$ref": "#/$defs/name"}` without hover text of its own (for array items).
    static func ref(_ name: String) -> OrderedJSON { ["$ref": .string("#/$defs/\(name)")] }

    private static func text() -> OrderedJSON {
        SchemaKeywords.anyOf(
            "Text shown to people: a plain string, or a map of language codes to translations "
                + "(`{en: \"...\", id: \"...\"}`).",
            [
                ["type": "string"],
                [
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": ["pattern": .string(languagePattern)],
                    "additionalProperties": ["type": "string"],
                ],
            ]
        )
    }

    private static func expression() -> OrderedJSON {
        [
            "description": """
            An expression in Jalur's CEL subset (SPEC §3), such as `resident.cows >= 13`; a bare number or \
            `true`/`false` is an expression too.
            """,
            "type": ["string", "number", "boolean"],
            "minLength": 1,
        ]
    }

    private static func condition() -> OrderedJSON {
        let part: OrderedJSON = ["type": ["string", "boolean"], "minLength": 1]
        return SchemaKeywords.anyOf(
            "A condition: one expression, or a list of expressions that must all hold (joined with `&&`).",
            [part, ["type": "array", "items": part, "minItems": 1]]
        )
    }

    private static func dayLimit() -> OrderedJSON {
        SchemaKeywords.anyOf(
            "A number of days: an integer, or an expression giving one (`\"severe_case ? 180 : 90\"`).",
            [["type": "integer", "minimum": 0], ["type": "string", "minLength": 1]]
        )
    }
}
