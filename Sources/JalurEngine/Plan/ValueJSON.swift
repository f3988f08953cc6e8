import JalurExpression
import JalurModel

/// Renders run-time values as compact JSON text for evidence.
///
/// Dates (timestamps at midnight UTC) print as `"YYYY-MM-DD"`, other timestamps as RFC 3339 UTC,
/// durations as `"Ns"`, records as objects without their absent fields, maps with their keys sorted,
/// non-finite doubles and errors as `null`.
enum ValueJSON {
    /// Deeper nesting than this prints as `null`; fact values never come close.
    static let maximumDepth = 64

    /// The JSON text of `value`.
    static func text(_ value: Value) -> String {
        switch value {
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .string(let text) where !needsEscapes(text): return "\"\(text)\""
        default:
            var output = ""
            write(value, to: &output, depth: 0)
            return output
        }
    }

    private static func write(_ value: Value, to output: inout String, depth: Int) {
        guard depth < maximumDepth else {
            output += "null"
            return
        }
        switch value {
        case .null, .error: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .uint(let number): output += String(number)
        case .double(let number): output += number.isFinite ? String(number) : "null"
        case .string(let text): writeString(text, to: &output)
        case .bytes(let bytes): writeString(bytes.map { String($0, radix: 16) }.joined(), to: &output)
        case .type(let name): writeString(name, to: &output)
        case .timestamp(let time): writeString(timestampText(time), to: &output)
        case .duration(let span): writeString(durationText(span), to: &output)
        case .list(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                write(element, to: &output, depth: depth + 1)
            }
            output += "]"
        case .map(let map):
            let entries = map.entries.map { (key: keyText($0.key), value: $0.value) }.sorted { $0.key < $1.key }
            writeObject(entries, to: &output, depth: depth)
        case .object(let object):
            let entries = zip(object.type.fields, object.fields).compactMap { field, value in
                value.map { (key: field.name, value: $0) }
            }
            writeObject(entries, to: &output, depth: depth)
        }
    }

    private static func writeObject(_ entries: [(key: String, value: Value)], to output: inout String, depth: Int) {
        output += "{"
        for (index, entry) in entries.enumerated() {
            if index > 0 { output += "," }
            writeString(entry.key, to: &output)
            output += ":"
            write(entry.value, to: &output, depth: depth + 1)
        }
        output += "}"
    }

    private static func keyText(_ key: Value) -> String {
        if case .string(let text) = key { return text }
        return text(key)
    }

    /// Whether `text` holds a character that JSON writes escaped: `"`, `\` or a control character.
    private static func needsEscapes(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        if !needsEscapes(text) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    private static func timestampText(_ time: Timestamp) -> String {
        let (days, seconds) = time.seconds.quotientAndRemainder(dividingBy: 86_400)
        let dayNumber = seconds < 0 ? days - 1 : days
        let secondOfDay = seconds < 0 ? seconds + 86_400 : seconds
        let day = Day(daysSinceEpoch: Int(dayNumber)).description
        guard secondOfDay != 0 || time.nanos != 0 else { return day }
        func two(_ number: Int64) -> String { number < 10 ? "0\(number)" : "\(number)" }
        let clock = "\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
        let fraction = time.nanos == 0 ? "" : "." + String(String(1_000_000_000 + Int(time.nanos)).dropFirst())
        return "\(day)T\(clock)\(fraction)Z"
    }

    private static func durationText(_ span: CELDuration) -> String {
        guard span.nanos != 0 else { return "\(span.seconds)s" }
        return "\(Double(span.seconds) + Double(span.nanos) / 1e9)s"
    }
}
