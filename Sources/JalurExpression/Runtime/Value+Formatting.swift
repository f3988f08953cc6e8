extension Value {
    /// The value as a CEL literal: `3`, `3u`, `2.0`, `1e+100`, `"x"`, `b"\x00"`, `[1, 2]`, `{"a": 1}`
    /// (maps in insertion order), `true`, `null`, `timestamp("2009-02-13T23:31:30Z")`, `duration("1.5s")`,
    /// type names such as `int`.
    ///
    /// Doubles always show a point or an exponent (`2.0`, `1e-05`, `1.5e+300`); non-finite doubles print as
    /// `double("NaN")`, `double("Infinity")` and `double("-Infinity")`, which evaluate back to them. A record
    /// prints as `resident{age: 19, …}` with absent fields left out. An error prints as
    /// `error: <message>`, which is not a literal.
    public var celLiteral: String {
        var text = ""
        writeLiteral(to: &text)
        return text
    }

    private func writeLiteral(to text: inout String) {
        switch self {
        case .null: text += "null"
        case .bool(let b): text += b ? "true" : "false"
        case .int(let i): text += String(i)
        case .uint(let u): text += String(u) + "u"
        case .double(let d): text += d.celLiteral
        case .string(let s): text += s.celQuoted
        case .bytes(let b): text += "b" + b.celQuoted
        case .list(let list): Self.writeSequence(list, to: &text, open: "[", close: "]") { $1.writeLiteral(to: &$0) }
        case .map(let map):
            Self.writeSequence(map.entries, to: &text, open: "{", close: "}") { text, entry in
                entry.key.writeLiteral(to: &text)
                text += ": "
                entry.value.writeLiteral(to: &text)
            }
        case .object(let object):
            let present = zip(object.type.fields, object.fields).compactMap { field, value in
                value.map { (field.name, $0) }
            }
            Self.writeSequence(present, to: &text, open: object.type.name + "{", close: "}") { text, field in
                text += field.0 + ": "
                field.1.writeLiteral(to: &text)
            }
        case .timestamp(let t): text += "timestamp(\"" + t.rfc3339 + "\")"
        case .duration(let d): text += "duration(\"" + d.celText + "\")"
        case .type(let name): text += name
        case .error(let error): text += "error: " + error.message
        }
    }

    private static func writeSequence<Element>(
        _ elements: some Sequence<Element>,
        to text: inout String,
        open: String,
        close: String,
        _ write: (inout String, Element) -> Void
    ) {
        text += open
        var first = true
        for element in elements {
            if !first { text += ", " }
            first = false
            write(&text, element)
        }
        text += close
    }
}

extension Double {
    /// The CEL literal of a double: always with a point or an exponent (`2.0`, `0.1`, `1e+100`, `-0.0`).
    var celLiteral: String {
        if isNaN { return "double(\"NaN\")" }
        if isInfinite { return self < 0 ? "double(\"-Infinity\")" : "double(\"Infinity\")" }
        let sign = sign == .minus ? "-" : ""
        guard let (digits, exponent) = shortestDigits else { return sign + "0.0" }
        if exponent < -4 || exponent >= 16 { return sign + Self.exponentForm(digits, exponent) }
        let plain = Self.plainForm(String(decoding: digits, as: UTF8.self), exponent)
        return sign + (plain.contains(".") ? plain : plain + ".0")
    }
}

extension String {
    /// The string as a double-quoted CEL literal, escaping `\`, `"`, control characters and invalid
    /// scalars.
    var celQuoted: String {
        var text = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\\": text += "\\\\"
            case "\"": text += "\\\""
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                text += "\\x" + padded(hex: scalar.value, 2)
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }
}

extension [UInt8] {
    /// The bytes as a double-quoted CEL bytes literal body: printable ASCII as is, the rest as `\xHH`.
    var celQuoted: String {
        var text = "\""
        for byte in self {
            switch byte {
            case UInt8(ascii: "\\"): text += "\\\\"
            case UInt8(ascii: "\""): text += "\\\""
            case 0x20..<0x7F: text.unicodeScalars.append(UnicodeScalar(byte))
            default: text += "\\x" + padded(hex: UInt32(byte), 2)
            }
        }
        return text + "\""
    }
}

/// `value` in lowercase hexadecimal, left-padded with zeros to `width` digits.
func padded(hex value: UInt32, _ width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
