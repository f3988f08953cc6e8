import JalurModel

extension JalurSchema {
    /// Names a derived fact may not take: the built-in variables (SPEC §3) and CEL's reserved words.
    static let reservedNames = [
        "resident", "stage", "days_in_stage", "days_in_program", "today", "referrals", "true", "false", "null", "in",
        "and", "or", "not", "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let",
        "loop", "package", "namespace", "return", "var", "void", "while",
    ]

    /// `kind: facts` (SPEC §2.1): what may be recorded about a resident.
    static func factsDefinitions() -> [OrderedJSON.Member] {
        [
            .init("factsDocument", factsDocument()),
            .init("factFields", factFields()),
            .init("factField", factField()),
        ]
    }

    private static func factsDocument() -> OrderedJSON {
        documentObject(
            .facts,
            "A facts schema: the fields a resident file may record, and names derived from them.",
            required: ["fields"],
            properties: [
                "description": SchemaKeywords.ref("text", "What this schema records, for people."),
                "fields": SchemaKeywords.ref("factFields", "The fields, by name."),
                "derived": [
                    "description": """
                    Names for expressions over facts; rules use them as plain identifiers. A derived name may \
                    use other derived names, without cycles.
                    """,
                    "type": "object",
                    "propertyNames": [
                        "pattern": .string(identifierPattern),
                        "not": ["enum": .array(reservedNames.map { .string($0) })],
                    ],
                    "additionalProperties": ref("expression"),
                ],
            ]
        )
    }

    private static func factFields() -> OrderedJSON {
        [
            "description": "Fields by name; a name is a letter or `_`, then letters, digits or `_`.",
            "type": "object",
            "propertyNames": ["pattern": .string(identifierPattern)],
            "additionalProperties": ref("factField"),
        ]
    }

    private static func factField() -> OrderedJSON {
        SchemaKeywords.closedObject(
            "A fact field. `enum` needs `values`, `list` and `map` need `of`, `object` needs `fields`.",
            required: ["type"],
            properties: [
                "type": SchemaKeywords.ref("factType", "The field's type."),
                "values": SchemaKeywords.array(
                    of: ["type": "string"],
                    "The allowed strings of an `enum` field.",
                    minItems: 1,
                    unique: true
                ),
                "of": SchemaKeywords.ref("factField", "The element type of a `list`, or the value type of a `map`."),
                "fields": SchemaKeywords.ref("factFields", "The fields of an `object`."),
                "min": SchemaKeywords.number("The smallest allowed value of an `int` or `double` field."),
                "max": SchemaKeywords.number("The largest allowed value of an `int` or `double` field."),
                "required": SchemaKeywords.boolean("Whether every resident file must record this field."),
                "description": SchemaKeywords.ref("text", "What the field means, for people."),
            ],
            extra: ["allOf": .array(typeSpecificKeys.flatMap(typeSpecificRules))]
        )
    }

    /// Keys that only some field types take, and whether those types require them.
    private static let typeSpecificKeys: [(key: String, types: [String], isRequired: Bool)] = [
        ("values", ["enum"], true),
        ("of", ["list", "map"], true),
        ("fields", ["object"], true),
        ("min", ["int", "double"], false),
        ("max", ["int", "double"], false),
    ]

    /// `key` is required for `types` (when `isRequired`) and forbidden for every other type.
    private static func typeSpecificRules(_ rule: (key: String, types: [String], isRequired: Bool)) -> [OrderedJSON] {
        let others = factTypes.filter { !rule.types.contains($0) }
        let forbidden = SchemaKeywords.when(
            "type",
            isOneOf: others,
            then: ["properties": .object([.init(rule.key, false)])]
        )
        guard rule.isRequired else { return [forbidden] }
        return [SchemaKeywords.when("type", isOneOf: rule.types, then: SchemaKeywords.requires(rule.key)), forbidden]
    }
}
