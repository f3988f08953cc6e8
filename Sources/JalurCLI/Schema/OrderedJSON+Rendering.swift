extension OrderedJSON {
    /// The value as pretty-printed JSON: two-space indentation, `"key": value`, one member or element per line,
    /// empty arrays and objects as `[]` and `{}`, and a final newline.
    ///
    /// Non-ASCII text is written as UTF-8; quotes, backslashes and control characters are escaped.
    func prettyPrinted() -> String {
        var output = ""
        write(to: &output, indent: 0)
        output.append("\n")
        return output
    }

    private func write(to output: inout String, indent: Int) {
        switch self {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .int(let value): output.append(String(value))
        case .number(let value): output.append(Self.render(number: value))
        case .string(let text): Self.write(string: text, to: &output)
        case .array(let elements):
            writeContainer(elements, open: "[", close: "]", to: &output, indent: indent) { element, output in
                element.write(to: &output, indent: indent + 2)
            }
        case .object(let members):
            var seen = Set<String>()
            let unique = members.filter { seen.insert($0.key).inserted }
            writeContainer(unique, open: "{", close: "}", to: &output, indent: indent) { member, output in
                Self.write(string: member.key, to: &output)
                output.append(": ")
                member.value.write(to: &output, indent: indent + 2)
            }
        }
    }

    private func writeContainer<Item>(
        _ items: [Item],
        open: String,
        close: String,
        to output: inout String,
        indent: Int,
        writeItem: (Item, inout String) -> Void
    ) {
        guard !items.isEmpty else {
            output.append(open + close)
            return
        }
        let inner = String(repeating: " ", count: indent + 2)
        output.append(open + "\n")
        for (index, item) in items.enumerated() {
            output.append(inner)
            writeItem(item, &output)
            output.append(index == items.count - 1 ? "\n" : ",\n")
        }
        output.append(String(repeating: " ", count: indent) + close)
    }

    private static func render(number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    private static func write(string: String, to output: inout String) {
        output.append("\"")
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output.append("\"")
    }
}
