import JalurDiagnostics
import JalurExpression
import JalurJSON
import JalurModel

extension FactDecoder {
    /// Reads `node` as this fact type; `nil` when it is `null` (not recorded) or wrong (a diagnostic is added).
    func decode(_ node: JSONNode, path: String, depth: Int, context: inout DecodeContext) -> Value? {
        switch (self, node.value) {
        case (_, .null): return nil
        case (.int(let minimum, let maximum), .int(let value)):
            return checkRange(Double(value), minimum, maximum, path: path, node: node, context: &context)
                ? .int(value) : nil
        case (.int, .bigInteger):
            context.error(
                "integer-overflow",
                "'\(path)' does not fit in a 64-bit integer",
                help: "record a whole number between -9223372036854775808 and 9223372036854775807",
                at: node.position
            )
            return nil
        case (.double(let minimum, let maximum), .int(let value)):
            let number = Double(value)
            return checkRange(number, minimum, maximum, path: path, node: node, context: &context)
                ? .double(number) : nil
        case (.double(let minimum, let maximum), .double(let number)),
            (.double(let minimum, let maximum), .bigInteger(let number)):
            guard number.isFinite else {
                context.error(
                    "non-finite-number",
                    "'\(path)' must be a finite number",
                    help: "NaN and infinity are not measurements; leave the fact out if it is unknown",
                    at: node.position
                )
                return nil
            }
            return checkRange(number, minimum, maximum, path: path, node: node, context: &context)
                ? .double(number) : nil
        case (.bool, .bool(let value)): return .bool(value)
        case (.bool, .string(let text)) where Self.yamlBooleans[text.lowercased()] != nil:
            let suggestion = Self.yamlBooleans[text.lowercased()] ?? "true"
            context.error(
                "not-a-bool",
                "'\(path)' must be true or false, not the string '\(text)'",
                help: "write \(suggestion); YAML 1.2 reads yes, no, on and off as strings",
                at: node.position
            )
            return nil
        case (.string, .string(let text)): return .string(text)
        case (.date, .string(let text)):
            guard let day = DateText.day(text) else {
                context.error(
                    "invalid-date",
                    "'\(path)' is not a valid date",
                    help: "write an existing day as YYYY-MM-DD, for example 2026-02-28",
                    at: node.position
                )
                return nil
            }
            return .timestamp(Timestamp(seconds: Int64(day.daysSinceEpoch) * 86_400))
        case (.enumeration(let allowed, let ordered, _), .string(let text)):
            let isAllowed = ordered.count <= 12 ? ordered.contains(text) : allowed.contains(text)
            guard isAllowed else {
                let close = DidYouMean.closest(to: text, among: ordered).map { "did you mean '\($0)'? " } ?? ""
                context.error(
                    "unknown-enum-value",
                    "'\(path)' has a value outside its allowed values",
                    help: "\(close)allowed: \(ordered.joined(separator: ", "))",
                    at: node.position
                )
                return nil
            }
            return .string(text)
        case (.list(let element), .array(let nodes)):
            return decodeList(nodes, element: element, path: path, depth: depth, context: &context)
        case (.map(let element), .object(let members)):
            return decodeMap(members, element: element, path: path, depth: depth, context: &context)
        case (.object(let object), .object):
            return object.decode(node, depth: depth + 1, context: &context).map(Value.object)
        default:
            context.wrongType(path, expected: expectation, found: node.value, at: node.position)
            return nil
        }
    }

    /// `yes`, `no`, `on`, `off` and friends, which YAML 1.1 read as booleans, with the boolean they meant.
    static let yamlBooleans: [String: String] = [
        "yes": "true", "y": "true", "on": "true", "no": "false", "n": "false", "off": "false",
    ]

    private func checkRange(
        _ value: Double,
        _ minimum: Double?,
        _ maximum: Double?,
        path: String,
        node: JSONNode,
        context: inout DecodeContext
    ) -> Bool {
        if let minimum, value < minimum {
            context.error(
                "out-of-range",
                "'\(path)' is below its minimum \(format(minimum))",
                help: rangeHelp(minimum, maximum),
                at: node.position
            )
            return false
        }
        if let maximum, value > maximum {
            context.error(
                "out-of-range",
                "'\(path)' is above its maximum \(format(maximum))",
                help: rangeHelp(minimum, maximum),
                at: node.position
            )
            return false
        }
        return true
    }

    private func rangeHelp(_ minimum: Double?, _ maximum: Double?) -> String {
        switch (minimum, maximum) {
        case let (low?, high?): "record a value from \(format(low)) to \(format(high))"
        case let (low?, nil): "record a value of at least \(format(low))"
        case let (nil, high?): "record a value of at most \(format(high))"
        case (nil, nil): "record a value in range"
        }
    }

    private func format(_ bound: Double) -> String {
        bound == bound.rounded() && abs(bound) < 1e15 ? String(Int64(bound)) : String(bound)
    }

    private func decodeList(
        _ nodes: [JSONNode],
        element: FactDecoder,
        path: String,
        depth: Int,
        context: inout DecodeContext
    ) -> Value? {
        var values: [Value] = []
        values.reserveCapacity(nodes.count)
        var isValid = true
        for node in nodes {
            if case .null = node.value {
                context.wrongType(path, expected: element.expectation, found: node.value, at: node.position)
                isValid = false
            } else if let value = element.decode(node, path: path, depth: depth + 1, context: &context) {
                values.append(value)
            } else {
                isValid = false
            }
        }
        return isValid ? .list(values) : nil
    }

    private func decodeMap(
        _ members: [JSONMember],
        element: FactDecoder,
        path: String,
        depth: Int,
        context: inout DecodeContext
    ) -> Value? {
        var entries: [(key: Value, value: Value)] = []
        entries.reserveCapacity(members.count)
        var seen = Set<String>()
        var isValid = true
        for member in members {
            guard seen.insert(member.key).inserted else {
                context.error(
                    "duplicate-key",
                    "key '\(member.key)' appears twice in '\(path)'",
                    help: "keep one",
                    at: member.keyPosition
                )
                isValid = false
                continue
            }
            if case .null = member.value.value {
                context.wrongType(path, expected: element.expectation, found: .null, at: member.value.position)
                isValid = false
            } else if let value = element.decode(member.value, path: path, depth: depth + 1, context: &context) {
                entries.append((.string(member.key), value))
            } else {
                isValid = false
            }
        }
        return isValid ? .map(MapValue(entries)) : nil
    }
}

extension ObjectDecoder {
    /// Reads an object node into a record; `nil` (with diagnostics) when anything in it is wrong.
    func decode(_ node: JSONNode, depth: Int, context: inout DecodeContext) -> ObjectValue? {
        guard depth <= 32 else {
            context.error(
                "nesting-too-deep",
                "'\(path)' is nested too deeply",
                help: "flatten the data",
                at: node.position
            )
            return nil
        }
        guard case .object(let members) = node.value else {
            context.wrongType(path, expected: "an object", found: node.value, at: node.position)
            return nil
        }
        var fields = [Value?](repeating: nil, count: type.fields.count)
        var seen = SlotSet(count: type.fields.count)
        var isValid = true
        var guess = 0
        for member in members {
            guard let entry = entry(for: member.key, guess: &guess) else {
                unknownFact(member.key, at: member.keyPosition, context: &context)
                isValid = false
                continue
            }
            guard !seen.contains(entry.slot) else {
                context.error(
                    "duplicate-key",
                    "fact '\(entry.path)' appears twice",
                    help: "keep one",
                    at: member.keyPosition
                )
                isValid = false
                continue
            }
            seen.insert(entry.slot)
            let before = context.diagnostics.count
            fields[entry.slot] = entry.decoder.decode(member.value, path: entry.path, depth: depth, context: &context)
            if context.diagnostics.count != before { isValid = false }
        }
        for (name, slot) in required where !seen.contains(slot) {
            context.error(
                "missing-required-fact",
                "required fact '\(path).\(name)' is missing",
                help: "record '\(name)' in this object",
                at: node.position
            )
            isValid = false
        }
        return isValid ? ObjectValue(type: type, fields: fields) : nil
    }

    func unknownFact(_ key: String, at position: JSONPosition, context: inout DecodeContext) {
        let help =
            DidYouMean.closest(to: key, among: fieldNames).map { "did you mean '\($0)'?" }
            ?? "the facts schema declares: \(fieldNames.sorted().joined(separator: ", "))"
        context.error("unknown-fact", "unknown fact '\(path).\(key)'", help: help, at: position)
    }

    /// The declared field called `key`; `guess` is the position files usually write next.
    func entry(for key: String, guess: inout Int) -> Entry? {
        if guess < ordered.count, ordered[guess].name == key {
            guess += 1
            return ordered[guess - 1].entry
        }
        guard let found = entries[key] else { return nil }
        if let position = ordered.firstIndex(where: { $0.entry.slot == found.slot }) { guess = position + 1 }
        return found
    }
}

/// Which record slots a resident file wrote: a bit mask, without allocating, for up to 64 fields.
struct SlotSet {
    private var low: UInt64 = 0
    private var high: Set<Int> = []

    init(count: Int) {}

    func contains(_ slot: Int) -> Bool {
        slot < 64 ? low & (1 << UInt64(slot)) != 0 : high.contains(slot)
    }

    mutating func insert(_ slot: Int) {
        if slot < 64 { low |= 1 << UInt64(slot) } else { high.insert(slot) }
    }
}
