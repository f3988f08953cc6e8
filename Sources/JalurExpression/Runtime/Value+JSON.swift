internal import Foundation

extension Value {
    /// The value as compact JSON text for evidence output: `15`, `2.5`, `"heroin"`, `["a","b"]`,
    /// `{"k":1}`, `null`.
    ///
    /// Doubles print in their shortest form (`2.0`, `1e+100`); non-finite doubles, timestamps, durations,
    /// types and errors print as JSON strings of their CEL text (`"NaN"`, `"2026-03-02T00:00:00Z"`, `"1.5s"`,
    /// `"int"`, `"error: division by zero"`); bytes as a base64 string; map keys as strings (`{"1":2}`),
    /// in insertion order; records as objects of their present fields.
    public var jsonText: String {
        var text = ""
        writeJSON(to: &text)
        return text
    }

    private func writeJSON(to text: inout String) {
        switch self {
        case .null: text += "null"
        case .bool(let b): text += b ? "true" : "false"
        case .int(let i): text += String(i)
        case .uint(let u): text += String(u)
        case .double(let d):
            text += d.isFinite ? d.celLiteral : (d.isNaN ? "\"NaN\"" : (d < 0 ? "\"-Infinity\"" : "\"Infinity\""))
        case .string(let s): text += s.jsonQuoted
        case .bytes(let b): text += Data(b).base64EncodedString().jsonQuoted
        case .list(let list): writeJSONArray(list, to: &text)
        case .map(let map):
            writeJSONObject(map.entries.map { (Self.jsonKey($0.key), $0.value) }, to: &text)
        case .object(let object):
            let present = zip(object.type.fields, object.fields).compactMap { f, v in v.map { (f.name, $0) } }
            writeJSONObject(present, to: &text)
        case .timestamp(let t): text += t.rfc3339.jsonQuoted
        case .duration(let d): text += d.celText.jsonQuoted
        case .type(let name): text += name.jsonQuoted
        case .error(let error): text += ("error: " + error.message).jsonQuoted
        }
    }

    private func writeJSONArray(_ list: [Value], to text: inout String) {
        text += "["
        for (position, element) in list.enumerated() {
            if position > 0 { text += "," }
            element.writeJSON(to: &text)
        }
        text += "]"
    }

    private func writeJSONObject(_ members: [(String, Value)], to text: inout String) {
        text += "{"
        for (position, member) in members.enumerated() {
            if position > 0 { text += "," }
            text += member.0.jsonQuoted + ":"
            member.1.writeJSON(to: &text)
        }
        text += "}"
    }

    private static func jsonKey(_ key: Value) -> String {
        if case .string(let s) = key { return s }
        return key.jsonText
    }
}

extension String {
    /// The string as a JSON string literal, escaping `"`, `\` and control characters.
    var jsonQuoted: String {
        var text = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20: text += "\\u" + padded(hex: scalar.value, 4)
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }
}
