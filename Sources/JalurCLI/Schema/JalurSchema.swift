import JalurModel

/// The JSON Schema (draft 2020-12) of every Jalur YAML document, for editor autocompletion and hover text.
///
/// The root accepts one document: `jalur`, `kind` and `id` are required, and `kind` picks the definition the
/// rest of the document must match (`if`/`then` per kind, so editors report errors against the right kind).
/// Definitions live under `$defs`, one per document kind and one per nested shape. Mappings are closed
/// (`additionalProperties: false`) wherever SPEC §2 makes unknown keys errors.
enum JalurSchema {
    /// The draft this schema follows.
    static let draft = "https://json-schema.org/draft/2020-12/schema"

    /// The whole schema.
    static func document() -> OrderedJSON {
        [
            "$schema": .string(draft),
            "title": "Jalur program document",
            "description": """
            One YAML document of a Jalur program: a workflow, facts schema, services, rules, tests or \
            scenario. Every document starts with `jalur: 1`, `kind` and `id`.
            """,
            "type": "object",
            "required": ["jalur", "kind", "id"],
            "properties": [
                "jalur": SchemaKeywords.ref("formatVersion", "The format version. Only `1` is supported."),
                "kind": SchemaKeywords.ref("documentKind", "What this document describes."),
                "id": SchemaKeywords.ref("id", "The document id, unique per kind across the program."),
            ],
            "allOf": .array(DocumentKind.allCases.map(dispatch)),
            "$defs": .object(definitions()),
        ]
    }

    /// The rendered schema: what `jalur schema` prints and `Docs/jalur.schema.json` holds.
    static func text() -> String { document().prettyPrinted() }

    /// The definition name for each document kind; a new kind fails to compile until it gets one.
    static func definitionName(for kind: DocumentKind) -> String {
        switch kind {
        case .workflow: "workflowDocument"
        case .facts: "factsDocument"
        case .services: "servicesDocument"
        case .rules: "rulesDocument"
        case .tests: "testsDocument"
        case .scenario: "scenarioDocument"
        }
    }

    private static func dispatch(_ kind: DocumentKind) -> OrderedJSON {
        [
            "if": ["properties": ["kind": ["const": .string(kind.rawValue)]], "required": ["kind"]],
            "then": ["$ref": .string("#/$defs/\(definitionName(for: kind))")],
        ]
    }

    private static func definitions() -> [OrderedJSON.Member] {
        commonDefinitions() + workflowDefinitions() + factsDefinitions() + servicesDefinitions()
            + rulesDefinitions() + testsDefinitions() + scenarioDefinitions()
    }

    /// A closed document mapping: `jalur`, `kind` and `id` (all required) followed by `properties`.
    static func documentObject(
        _ kind: DocumentKind,
        _ description: String,
        required: [String],
        properties: KeyValuePairs<String, OrderedJSON>
    ) -> OrderedJSON {
        let header: [OrderedJSON.Member] = [
            .init("jalur", SchemaKeywords.ref("formatVersion", "The format version. Only `1` is supported.")),
            .init("kind", ["description": "The document kind.", "const": .string(kind.rawValue)]),
            .init("id", SchemaKeywords.ref("id", "The document id, unique among `\(kind.rawValue)` documents.")),
        ]
        return [
            "description": .string(description),
            "type": "object",
            "required": .array((["jalur", "kind", "id"] + required).map { .string($0) }),
            "properties": .object(header + properties.map { OrderedJSON.Member($0.key, $0.value) }),
            "additionalProperties": false,
        ]
    }
}
