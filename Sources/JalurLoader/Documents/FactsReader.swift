import JalurDiagnostics
import JalurModel

/// Reads a `kind: facts` document (SPEC §2.1).
struct FactsReader {
    /// The field types, as written in `type:`.
    static let typeNames = ["int", "double", "bool", "string", "date", "enum", "list", "object", "map"]
    /// Names a derived fact may not take: the built-in variables and CEL's reserved words.
    static let reservedNames: Set<String> = [
        "resident", "stage", "days_in_stage", "days_in_program", "today", "referrals",
        "true", "false", "null", "in", "and", "or", "not", "as", "break", "const", "continue", "else", "for",
        "function", "if", "import", "let", "loop", "package", "namespace", "return", "var", "void", "while",
    ]

    let context: ReadContext

    /// The schema in `mapping`.
    func read(_ mapping: MappingReader, header: DocumentHeader) -> FactsSchema {
        mapping.rejectUnknownKeys(allowed: DocumentHeader.commonKeys + ["fields", "derived", "description"])
        _ = mapping.value("description").map { context.text($0, for: "description") }
        let fields = mapping.required("fields", example: "{age: {type: int}}").map { readFields($0, key: "fields") }
        let derived = mapping.value("derived").map(readDerived) ?? []
        return FactsSchema(id: header.id, fields: fields ?? [], derived: derived)
    }

    /// The fields of a `fields:` mapping.
    private func readFields(_ node: RawNode, key: String) -> [FactField] {
        guard let fields = MappingReader(node, what: "'\(key)'", key: key, context: context) else { return [] }
        return fields.entries.compactMap { pair in
            guard let name = fieldName(pair.key) else { return nil }
            return readField(pair.value, name: name)
        }
    }

    private func fieldName(_ key: RawNode) -> Located<String>? {
        guard let name = context.string(key, for: "field name") else { return nil }
        guard Self.isIdentifier(name.value) else {
            context.diagnostics.error(
                "invalid-name",
                "invalid field name '\(name.value)'",
                at: name.location,
                help: "names start with a letter or '_' and use letters, digits and '_', so expressions can read them"
            )
            return nil
        }
        return name
    }

    /// One field specification such as `{type: int, min: 0}`.
    func readField(_ node: RawNode, name: Located<String>) -> FactField? {
        guard let spec = MappingReader(node, what: "field '\(name.value)'", key: name.value, context: context) else {
            return nil
        }
        spec.rejectUnknownKeys(allowed: ["type", "values", "of", "fields", "required", "min", "max", "description"])
        guard let typeNode = spec.required("type", example: "int"),
            let typeName = context.choice(typeNode, for: "type", among: Self.typeNames)
        else { return nil }
        rejectMisplacedKeys(spec, type: typeName.value)
        guard let type = readType(typeName.value, spec: spec, name: name) else { return nil }
        var field = FactField(name: name, type: type)
        field.isRequired = spec.value("required").flatMap { context.bool($0, for: "required") } ?? false
        field.minimum = spec.value("min").flatMap { context.double($0, for: "min") }
        field.maximum = spec.value("max").flatMap { context.double($0, for: "max") }
        field.description = spec.value("description").flatMap { context.text($0, for: "description") }
        if let minimum = field.minimum, let maximum = field.maximum, minimum > maximum,
            let location = spec.keyNode("min")?.location
        {
            context.diagnostics.error(
                "invalid-range",
                "'min' is greater than 'max' for field '\(name.value)'",
                at: location,
                help: "swap them, or fix the bound that is wrong"
            )
        }
        return field
    }

    private func readType(_ typeName: String, spec: MappingReader, name: Located<String>) -> FactType? {
        switch typeName {
        case "int": return .int
        case "double": return .double
        case "bool": return .bool
        case "string": return .string
        case "date": return .date
        case "enum":
            guard let node = spec.required("values", example: "[a, b]") else { return nil }
            return readValues(node).map { .enumeration($0) }
        case "list", "map":
            guard let node = spec.required("of", example: "{type: string}"),
                let element = readField(node, name: name)
            else { return nil }
            return typeName == "list" ? .list(of: element) : .map(of: element)
        default:
            guard let node = spec.required("fields", example: "{name: {type: string}}") else { return nil }
            return .object(fields: readFields(node, key: "fields"))
        }
    }

    private func readValues(_ node: RawNode) -> [String]? {
        guard let values = context.stringList(node, for: "values") else { return nil }
        guard !values.isEmpty else {
            context.wrongType(
                node,
                expected: "a non-empty list",
                for: "values",
                help: "list the allowed values, for example '[low, high]'"
            )
            return nil
        }
        var seen: Set<String> = []
        for value in values where !seen.insert(value.value).inserted {
            context.diagnostics.error(
                "duplicate-value",
                "enum value '\(value.value)' is listed twice",
                at: value.location,
                help: "remove the repeated value"
            )
        }
        return values.map(\.value)
    }

    /// Keys that only some types take: `values` (enum), `of` (list, map), `fields` (object), `min`/`max` (numbers).
    private func rejectMisplacedKeys(_ spec: MappingReader, type: String) {
        let applies: [String: Set<String>] = [
            "values": ["enum"], "of": ["list", "map"], "fields": ["object"], "min": ["int", "double"],
            "max": ["int", "double"],
        ]
        for key in spec.keys {
            guard let types = applies[key.value], !types.contains(type) else { continue }
            context.diagnostics.error(
                "misplaced-key",
                "'\(key.value)' does not apply to a field of type '\(type)'",
                at: key.location,
                help:
                    "'\(key.value)' applies to \(types.sorted().joined(separator: " and ")) fields; remove it or change 'type'"
            )
        }
    }

    private func readDerived(_ node: RawNode) -> [DerivedFact] {
        guard let mapping = MappingReader(node, what: "'derived'", key: "derived", context: context) else { return [] }
        return mapping.entries.compactMap { pair in
            guard let name = context.string(pair.key, for: "derived name") else { return nil }
            guard Self.isIdentifier(name.value), !Self.reservedNames.contains(name.value) else {
                let reserved = Self.reservedNames.contains(name.value)
                context.diagnostics.error(
                    reserved ? "reserved-name" : "invalid-name",
                    reserved ? "'\(name.value)' is a reserved name" : "invalid derived name '\(name.value)'",
                    at: name.location,
                    help: reserved
                        ? "choose another name; '\(name.value)' is a built-in variable or a keyword"
                        : "names start with a letter or '_' and use letters, digits and '_'"
                )
                return nil
            }
            return context.expression(pair.value, for: name.value).map { DerivedFact(name: name, expression: $0) }
        }
    }

    /// Whether `text` is an expression identifier: `[A-Za-z_][A-Za-z0-9_]*`.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic)
        else { return false }
        return text.unicodeScalars.allSatisfy {
            $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
        }
    }
}
