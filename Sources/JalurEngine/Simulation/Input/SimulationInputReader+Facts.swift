import JalurDiagnostics
import JalurExpression
import JalurModel

extension SimulationInputReader {
    /// The fact at `path` (`resident.asi_isr.drug`), or `nil` with an error naming the closest fact.
    mutating func target(_ path: String, at location: SourceLocation) -> FactTarget? {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts[0] == "resident" else {
            error(
                "unknown-fact",
                "'\(path)' is not a fact path",
                at: location,
                help: "write facts as 'resident.NAME' (nested: 'resident.NAME.FIELD')"
            )
            return nil
        }
        var fields = schema.fields
        var record = plan.residentType
        var slots: [Int] = []
        var records: [ObjectType] = []
        for (level, name) in parts.dropFirst().enumerated() {
            guard let field = fields.first(where: { $0.name.value == name }),
                let slot = record.slot(of: name)
            else {
                let prefix = parts.prefix(level + 1).joined(separator: ".")
                let suggestion = DidYouMean.closest(to: name, among: fields.map(\.name.value))
                error(
                    "unknown-fact",
                    "the facts schema has no field '\(name)' in '\(prefix)'",
                    at: location,
                    help: suggestion.map { "did you mean '\(prefix).\($0)'?" } ?? "check the facts schema"
                )
                return nil
            }
            slots.append(slot)
            records.append(record)
            let type = record.fields[slot].type
            if level == parts.count - 2 {
                return FactTarget(
                    path: path,
                    slots: slots,
                    records: records,
                    field: field,
                    type: type,
                    location: location
                )
            }
            guard case .object(let inner) = field.type, case .object(let innerRecord) = type else {
                error(
                    "unknown-fact",
                    "'\(parts.prefix(level + 2).joined(separator: "."))' is not an object field",
                    at: location,
                    help: "set the whole field instead of a part of it"
                )
                return nil
            }
            fields = inner
            record = innerRecord
        }
        return nil
    }

    /// The value `node` gives `field` (of static type `type`), or `nil` with an error.
    mutating func value(
        _ node: RawNode,
        for field: FactField,
        type: ExprType,
        path: String,
        depth: Int = 0
    ) -> Value? {
        guard depth < 32 else {
            error("nesting-too-deep", "'\(path)' nests too deeply", at: node.location)
            return nil
        }
        switch field.type {
        case .int:
            guard let int = node.int else { return mismatch(node, path, "a whole number") }
            return bounded(Double(int), field, node, path) ? .int(Int64(int)) : nil
        case .double:
            guard let double = node.double, double.isFinite else {
                return mismatch(node, path, "a number")
            }
            return bounded(double, field, node, path) ? .double(double) : nil
        case .bool:
            guard let bool = node.bool else { return mismatch(node, path, "true or false") }
            return .bool(bool)
        case .string:
            guard let text = node.string else { return mismatch(node, path, "a string") }
            return .string(text)
        case .date:
            guard let text = node.scalar?.text, let day = Day(text) else {
                return mismatch(node, path, "a date (YYYY-MM-DD)")
            }
            return ActivationBinding.timestamp(day)
        case .enumeration(let values):
            guard let text = node.string, values.contains(text) else {
                let suggestion = node.string.flatMap { DidYouMean.closest(to: $0, among: values) }
                error(
                    "invalid-value",
                    "'\(path)' must be one of: \(values.joined(separator: ", "))",
                    at: node.location,
                    help: suggestion.map { "did you mean '\($0)'?" }
                )
                return nil
            }
            return .string(text)
        case .list(let element):
            guard let items = node.items else { return mismatch(node, path, "a list") }
            let elementType: ExprType = if case .list(let inner) = type { inner } else { .dyn }
            let values = items.compactMap {
                value($0, for: element, type: elementType, path: path, depth: depth + 1)
            }
            return values.count == items.count ? .list(values) : nil
        case .object(let fields):
            guard case .object(let record) = type else { return mismatch(node, path, "an object") }
            return object(node, fields: fields, record: record, path: path, depth: depth)
        case .map(let element):
            guard let pairs = node.pairs else { return mismatch(node, path, "a map") }
            let elementType: ExprType = if case .map(_, let inner) = type { inner } else { .dyn }
            var entries: [(key: String, value: Value)] = []
            for pair in pairs {
                guard let key = pair.key.string,
                    let item = value(
                        pair.value,
                        for: element,
                        type: elementType,
                        path: path,
                        depth: depth + 1
                    )
                else { return nil }
                entries.append((key, item))
            }
            return .map(MapValue(stringKeyed: entries))
        }
    }

    private mutating func object(
        _ node: RawNode,
        fields: [FactField],
        record: ObjectType,
        path: String,
        depth: Int
    ) -> Value? {
        guard let pairs = mapping(node, for: path, allowed: fields.map(\.name.value)) else {
            return nil
        }
        var object = ObjectValue(type: record)
        var isValid = true
        for pair in pairs {
            guard let name = pair.key.string, let field = fields.first(where: { $0.name.value == name }),
                let slot = record.slot(of: name)
            else {
                isValid = false
                continue
            }
            if pair.value.isNull { continue }
            let item = value(
                pair.value,
                for: field,
                type: record.fields[slot].type,
                path: "\(path).\(name)",
                depth: depth + 1
            )
            if let item { object.fields[slot] = item } else { isValid = false }
        }
        return isValid ? .object(object) : nil
    }

    private mutating func mismatch(_ node: RawNode, _ path: String, _ expected: String) -> Value? {
        error(
            "wrong-type",
            "'\(path)' must be \(expected), not \(node.kindDescription)",
            at: node.location
        )
        return nil
    }

    private mutating func bounded(
        _ value: Double,
        _ field: FactField,
        _ node: RawNode,
        _ path: String
    ) -> Bool {
        if let minimum = field.minimum, value < minimum {
            error(
                "out-of-range",
                "'\(path)' is below its minimum \(Self.text(minimum))",
                at: node.location
            )
            return false
        }
        if let maximum = field.maximum, value > maximum {
            error(
                "out-of-range",
                "'\(path)' is above its maximum \(Self.text(maximum))",
                at: node.location
            )
            return false
        }
        return true
    }
}
