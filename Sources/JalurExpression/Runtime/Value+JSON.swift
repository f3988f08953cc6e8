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

extension Value {
    /// Converts the output of Foundation's `JSONSerialization` into a value.
    ///
    /// JSON integers become `int`; numbers with a fraction or exponent, and integers beyond the `int` range,
    /// become `double`; `true`/`false` become `bool`; arrays become lists; objects become maps with string
    /// keys, sorted by key since `JSONSerialization` forgets the order; `NSNull` becomes `null`. Numbers are
    /// told apart by their Objective-C type code, which `JSONSerialization` sets from the JSON text on both
    /// Linux and macOS (`i`/`q` integers, `d` doubles, `c` booleans). Numbers of about 19 digits or more
    /// arrive as decimals, whose text is lost: an integral one in `int` range becomes `int` (so
    /// `-9223372036854775808.0` reads as an `int`), any other a `double`.
    ///
    /// The initializer fails for an object `JSONSerialization` cannot produce, or for nesting deeper than
    /// `maxDepth`.
    ///
    /// - Parameters:
    ///   - jsonObject: a value returned by `JSONSerialization.jsonObject(with:options:)`.
    ///   - maxDepth: the deepest nesting accepted.
    public init?(jsonObject: Any, maxDepth: Int = 64) {
        guard maxDepth >= 0 else { return nil }
        switch jsonObject {
        case is NSNull: self = .null
        case let string as String: self = .string(string)
        case let number as NSNumber: self = Self.number(number)
        case let array as [Any]:
            var list: [Value] = []
            list.reserveCapacity(array.count)
            for element in array {
                guard let value = Value(jsonObject: element, maxDepth: maxDepth - 1) else { return nil }
                list.append(value)
            }
            self = .list(list)
        case let object as [String: Any]:
            var entries: [(key: String, value: Value)] = []
            entries.reserveCapacity(object.count)
            for key in object.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                guard let member = object[key], let value = Value(jsonObject: member, maxDepth: maxDepth - 1) else {
                    return nil
                }
                entries.append((key, value))
            }
            self = .map(MapValue(stringKeyed: entries))
        default: return nil
        }
    }

    private static func number(_ number: NSNumber) -> Value {
        if let decimal = number as? NSDecimalNumber { return Self.number(decimal.decimalValue) }
        return switch String(cString: number.objCType) {
        case "c", "B": .bool(number.boolValue)
        case "d", "f": .double(number.doubleValue)
        case "Q":
            number.uint64Value <= UInt64(Int64.max) ? .int(number.int64Value) : .double(number.doubleValue)
        default: .int(number.int64Value)
        }
    }

    /// A long number that `JSONSerialization` kept as a decimal (about 19 digits or more): an integral value
    /// in `int` range is an `int`, anything else a `double`.
    private static func number(_ decimal: Decimal) -> Value {
        var rounded = Decimal()
        var source = decimal
        NSDecimalRound(&rounded, &source, 0, .plain)
        if rounded == decimal, decimal >= Decimal(Int64.min), decimal <= Decimal(Int64.max) {
            return .int(NSDecimalNumber(decimal: decimal).int64Value)
        }
        return .double(NSDecimalNumber(decimal: decimal).doubleValue)
    }
}
