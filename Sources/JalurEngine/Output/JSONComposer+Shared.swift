/// Member-at-a-time helpers shared by the JSON renderers (`jalur test`, `jalur diff`, `jalur simulate`), so each
/// renderer states its fields once instead of repeating `key` / value / `beginObject` / `endObject` sequences.
/// They write exactly what the primitive calls they stand for would write.
extension JSONComposer {
    /// Writes `"name": "value"`, or `"name": null` when `value` is `nil`.
    mutating func member(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    /// Writes `"name": value`, or `"name": null` when `value` is `nil`.
    mutating func member(_ name: String, _ value: Int?) {
        key(name)
        if let value { int(value) } else { null() }
    }

    /// Writes `"name": true|false`, or `"name": null` when `value` is `nil`.
    mutating func member(_ name: String, _ value: Bool?) {
        key(name)
        if let value { bool(value) } else { null() }
    }

    /// Writes `"name": [...]` with the strings.
    mutating func member(_ name: String, strings values: [String]) {
        key(name)
        strings(values)
    }

    /// Writes `"name": json` where `json` is already valid JSON text.
    mutating func member(_ name: String, raw json: String) {
        key(name)
        raw(json)
    }

    /// Writes an object whose members `body` writes.
    mutating func object(_ body: (inout JSONComposer) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }

    /// Writes `"name": {...}` with the members `body` writes.
    mutating func object(_ name: String, _ body: (inout JSONComposer) -> Void) {
        key(name)
        object(body)
    }

    /// Writes `"name": {...}` with the members `body` writes for `value`, or `"name": null` when it is `nil`.
    mutating func object<Value>(_ name: String, _ value: Value?, _ body: (inout JSONComposer, Value) -> Void) {
        key(name)
        if let value { object { body(&$0, value) } } else { null() }
    }

    /// Writes `"name": {...}` with one or more members for each item, written by `body`.
    mutating func object<Items: Sequence>(
        _ name: String,
        members items: Items,
        _ body: (inout JSONComposer, Items.Element) -> Void
    ) {
        key(name)
        beginObject()
        for item in items { body(&self, item) }
        endObject()
    }

    /// Writes `"name": [...]` with one object per item, whose members `body` writes.
    ///
    /// With `lineIndent`, each object starts on its own line indented that far, and the closing bracket stands
    /// on a line of its own two spaces less indented (the laid-out lists of SPEC §4).
    mutating func objects<Items: Sequence>(
        _ name: String,
        _ items: Items,
        lineIndent: Int? = nil,
        _ body: (inout JSONComposer, Items.Element) -> Void
    ) {
        key(name)
        array(items, lineIndent: lineIndent) { json, item in json.object { body(&$0, item) } }
    }

    /// Writes `[...]` with one value per item, written by `body`, laid out as ``objects(_:_:lineIndent:_:)`` says.
    mutating func array<Items: Sequence>(
        _ items: Items,
        lineIndent: Int? = nil,
        _ body: (inout JSONComposer, Items.Element) -> Void
    ) {
        beginArray()
        for item in items {
            if let lineIndent { breakLine(indent: lineIndent) }
            body(&self, item)
        }
        if let lineIndent { newline(indent: max(lineIndent - 2, 0)) }
        endArray()
    }

    /// The text of one spaced JSON object whose members `body` writes, ending with a line break, as every
    /// renderer prints it.
    static func document(_ body: (inout JSONComposer) -> Void) -> String {
        var json = JSONComposer(isSpaced: true)
        json.object(body)
        return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }
}
