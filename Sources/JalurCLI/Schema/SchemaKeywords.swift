/// Small constructors for the JSON Schema (draft 2020-12) keywords the Jalur schema uses.
///
/// Each takes the `description` editors show as hover text, so no part of the schema goes without one.
enum SchemaKeywords {
    /// A reference to `#/$defs/name`, with its own hover text.
    static func ref(_ name: String, _ description: String) -> OrderedJSON {
        ["$ref": .string("#/$defs/\(name)"), "description": .string(description)]
    }

    /// A string, optionally constrained by an ECMA-262 `pattern` and a `format`.
    static func string(_ description: String, pattern: String? = nil, format: String? = nil) -> OrderedJSON {
        var members: [OrderedJSON.Member] = [.init("description", .string(description)), .init("type", "string")]
        if let pattern { members.append(.init("pattern", .string(pattern))) }
        if let format { members.append(.init("format", .string(format))) }
        members.append(.init("minLength", 1))
        return .object(members)
    }

    /// An integer, optionally with an inclusive `minimum`.
    static func integer(_ description: String, minimum: Int? = nil) -> OrderedJSON {
        var members: [OrderedJSON.Member] = [.init("description", .string(description)), .init("type", "integer")]
        if let minimum { members.append(.init("minimum", .int(minimum))) }
        return .object(members)
    }

    /// Any number.
    static func number(_ description: String) -> OrderedJSON {
        ["description": .string(description), "type": "number"]
    }

    /// `true` or `false`.
    static func boolean(_ description: String) -> OrderedJSON {
        ["description": .string(description), "type": "boolean"]
    }

    /// One of a closed set of strings.
    static func enumeration(_ values: [String], _ description: String) -> OrderedJSON {
        ["description": .string(description), "type": "string", "enum": .array(values.map { .string($0) })]
    }

    /// An array whose items all match `items`.
    static func array(
        of items: OrderedJSON,
        _ description: String,
        minItems: Int? = nil,
        unique: Bool = false
    ) -> OrderedJSON {
        var members: [OrderedJSON.Member] = [
            .init("description", .string(description)), .init("type", "array"), .init("items", items),
        ]
        if let minItems { members.append(.init("minItems", .int(minItems))) }
        if unique { members.append(.init("uniqueItems", true)) }
        return .object(members)
    }

    /// A value matching at least one of `options`.
    static func anyOf(_ description: String, _ options: [OrderedJSON]) -> OrderedJSON {
        ["description": .string(description), "anyOf": .array(options)]
    }

    /// A mapping whose keys are all listed in `properties`: any other key is an error, as SPEC §2 says.
    ///
    /// - Parameters:
    ///   - description: Hover text for the mapping.
    ///   - required: Keys that must be present.
    ///   - properties: Every allowed key with its schema, in the order editors should offer them.
    ///   - extra: More keywords (`oneOf`, `allOf`) appended after `additionalProperties`.
    /// - Returns: The object schema, keys in the order given.
    static func closedObject(
        _ description: String,
        required: [String],
        properties: KeyValuePairs<String, OrderedJSON>,
        extra: KeyValuePairs<String, OrderedJSON> = [:]
    ) -> OrderedJSON {
        var members: [OrderedJSON.Member] = [.init("description", .string(description)), .init("type", "object")]
        if !required.isEmpty { members.append(.init("required", .array(required.map { .string($0) }))) }
        members.append(.init("properties", .object(properties.map { OrderedJSON.Member($0.key, $0.value) })))
        members.append(.init("additionalProperties", false))
        members += extra.map { OrderedJSON.Member($0.key, $0.value) }
        return .object(members)
    }

    /// `{"required": [key]}`: one alternative of an exactly-one-of choice.
    static func requires(_ key: String) -> OrderedJSON {
        ["required": [.string(key)]]
    }

    /// `if key == value then schema`, for conditional requirements.
    static func when(_ key: String, isOneOf values: [String], then schema: OrderedJSON) -> OrderedJSON {
        let condition: OrderedJSON =
            values.count == 1
            ? ["const": .string(values[0])] : ["enum": .array(values.map { .string($0) })]
        return [
            "if": ["properties": .object([.init(key, condition)]), "required": [.string(key)]],
            "then": schema,
        ]
    }
}
