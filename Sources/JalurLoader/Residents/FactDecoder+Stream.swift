import JalurExpression
import JalurJSON

extension FactDecoder {
    /// Reads the next value of `parser` as this fact type without building a tree for lists, maps and objects.
    ///
    /// Scalars (and anything of the wrong shape) go through ``decode(_:path:depth:context:)`` so that every
    /// message is the same as for YAML and whole-file JSON.
    ///
    /// - Parameters:
    ///   - parser: The parser, positioned at the value; it is left after the value.
    ///   - path: The fact's path in the schema, for messages.
    ///   - level: The nesting level of the value (1 for a line's root object).
    ///   - context: Where diagnostics go.
    /// - Returns: The value; `nil` when it is `null` (not recorded) or wrong (a diagnostic is added).
    /// - Throws: ``JSONError`` when the text is not valid JSON.
    func stream(
        _ parser: inout JSONPullParser,
        path: String,
        level: Int,
        context: inout DecodeContext
    ) throws(JSONError) -> Value? {
        switch self {
        case .object(let object) where parser.isAtObject():
            return try object.stream(&parser, level: level, context: &context).map(Value.object)
        case .list(let element) where parser.isAtArray():
            return try streamList(element, &parser, path: path, level: level, context: &context)
        case .map(let element) where parser.isAtObject():
            return try streamMap(element, &parser, path: path, level: level, context: &context)
        case .enumeration(_, let ordered, let utf8) where parser.isAtString():
            if let value = Self.allowedValue(&parser, ordered: ordered, utf8: utf8) { return .string(value) }
            let node = try parser.readValue(depth: level - 1)
            return decode(node, path: path, depth: level, context: &context)
        default:
            let node = try parser.readValue(depth: level - 1)
            return decode(node, path: path, depth: level, context: &context)
        }
    }

    /// The allowed value the parser is at, matched on its bytes and consumed; `nil`, with nothing consumed,
    /// for any other string (one that is not allowed, or written with escapes), which is then read whole.
    private static func allowedValue(
        _ parser: inout JSONPullParser,
        ordered: [String],
        utf8: [[UInt8]?]
    ) -> String? {
        for (value, bytes) in zip(ordered, utf8) {
            if let bytes, parser.skipString(equalTo: bytes) { return value }
        }
        return nil
    }

    private func streamList(
        _ element: FactDecoder,
        _ parser: inout JSONPullParser,
        path: String,
        level: Int,
        context: inout DecodeContext
    ) throws(JSONError) -> Value? {
        try parser.enterContainer(depth: level)
        var values: [Value] = []
        var isValid = true
        var isFirst = true
        while try parser.nextElement(isFirst: &isFirst) {
            if parser.isAtNull() {
                let node = try parser.readValue(depth: level)
                context.wrongType(path, expected: element.expectation, found: .null, at: node.position)
                isValid = false
            } else if let value = try element.stream(&parser, path: path, level: level + 1, context: &context) {
                values.append(value)
            } else {
                isValid = false
            }
        }
        return isValid ? .list(values) : nil
    }

    private func streamMap(
        _ element: FactDecoder,
        _ parser: inout JSONPullParser,
        path: String,
        level: Int,
        context: inout DecodeContext
    ) throws(JSONError) -> Value? {
        try parser.enterContainer(depth: level)
        var entries: [(key: Value, value: Value)] = []
        var seen = Set<String>()
        var isValid = true
        var isFirst = true
        while let (key, keyPosition) = try parser.nextKey(isFirst: &isFirst) {
            guard seen.insert(key).inserted else {
                context.error(
                    "duplicate-key",
                    "key '\(key)' appears twice in '\(path)'",
                    help: "keep one",
                    at: keyPosition
                )
                _ = try parser.readValue(depth: level)
                isValid = false
                continue
            }
            if parser.isAtNull() {
                let node = try parser.readValue(depth: level)
                context.wrongType(path, expected: element.expectation, found: .null, at: node.position)
                isValid = false
            } else if let value = try element.stream(&parser, path: path, level: level + 1, context: &context) {
                entries.append((.string(key), value))
            } else {
                isValid = false
            }
        }
        return isValid ? .map(MapValue(entries)) : nil
    }
}

extension ObjectDecoder {
    /// Reads the object at the parser straight into a record (see ``FactDecoder/stream(_:path:level:context:)``).
    func stream(
        _ parser: inout JSONPullParser,
        level: Int,
        context: inout DecodeContext
    ) throws(JSONError) -> ObjectValue? {
        let position = parser.position
        try parser.enterContainer(depth: level)
        var fields = [Value?](repeating: nil, count: type.fields.count)
        var seen = SlotSet(count: type.fields.count)
        var isValid = true
        var guess = 0
        var isFirst = true
        while let (key, keyPosition) = try nextKey(&parser, isFirst: &isFirst, guess: guess) {
            let entry: Entry
            if let key {
                guard let found = self.entry(for: key, guess: &guess) else {
                    unknownFact(key, at: keyPosition, context: &context)
                    _ = try parser.readValue(depth: level)
                    isValid = false
                    continue
                }
                entry = found
            } else {
                entry = ordered[guess].entry
                guess += 1
            }
            guard !seen.contains(entry.slot) else {
                context.error("duplicate-key", "fact '\(entry.path)' appears twice", help: "keep one", at: keyPosition)
                _ = try parser.readValue(depth: level)
                isValid = false
                continue
            }
            seen.insert(entry.slot)
            let before = context.diagnostics.count
            fields[entry.slot] = try entry.decoder.stream(
                &parser,
                path: entry.path,
                level: level + 1,
                context: &context
            )
            if context.diagnostics.count != before { isValid = false }
        }
        for (name, slot) in required where !seen.contains(slot) {
            context.error(
                "missing-required-fact",
                "required fact '\(path).\(name)' is missing",
                help: "record '\(name)' in this object",
                at: position
            )
            isValid = false
        }
        return isValid ? ObjectValue(type: type, fields: fields) : nil
    }

    /// The next key of the object being read, with `key` `nil` when it is the expected next field,
    /// `ordered[guess]`: that one is matched on its bytes, without building a string.
    private func nextKey(
        _ parser: inout JSONPullParser,
        isFirst: inout Bool,
        guess: Int
    ) throws(JSONError) -> (key: String?, position: JSONPosition)? {
        guard guess < orderedKeys.count, let expected = orderedKeys[guess] else {
            return try parser.nextKey(isFirst: &isFirst).map { ($0.key, $0.position) }
        }
        return try parser.nextKey(isFirst: &isFirst, expected: expected)
    }
}
