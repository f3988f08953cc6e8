import JalurExpression
import JalurModel

/// Builds typed facts from Swift literals for tests: dates as `"YYYY-MM-DD"`, records and maps as
/// dictionaries, lists as arrays.
enum Facts {
    struct Mismatch: Error, CustomStringConvertible {
        let description: String
    }

    static func make(_ facts: [String: Any], type: ObjectType) throws -> ObjectValue {
        var fields = [Value?](repeating: nil, count: type.fields.count)
        for (name, raw) in facts {
            guard let slot = type.slot(of: name) else {
                throw Mismatch(description: "no field '\(name)' in \(type.name)")
            }
            fields[slot] = try value(raw, as: type.fields[slot].type, path: "\(type.name).\(name)")
        }
        return ObjectValue(type: type, fields: fields)
    }

    private static func value(_ raw: Any, as type: ExprType, path: String) throws -> Value {
        switch (type, raw) {
        case (.int, let number as Int): return .int(Int64(number))
        case (.double, let number as Double): return .double(number)
        case (.double, let number as Int): return .double(Double(number))
        case (.bool, let flag as Bool): return .bool(flag)
        case (.string, let text as String), (.enumeration, let text as String): return .string(text)
        case (.timestamp, let text as String):
            guard let day = Day(text) else { throw Mismatch(description: "bad date '\(text)' at \(path)") }
            return .timestamp(Timestamp(seconds: Int64(day.daysSinceEpoch) * 86_400))
        case (.list(let element), let items as [Any]):
            return .list(try items.map { try value($0, as: element, path: path) })
        case (.map(_, let element), let entries as [String: Any]):
            let sorted = try entries.keys.sorted().map { key in
                (key: Value.string(key), value: try value(entries[key] as Any, as: element, path: path))
            }
            return .map(MapValue(sorted))
        case (.object(let object), let entries as [String: Any]):
            return .object(try make(entries, type: object))
        default:
            throw Mismatch(description: "value \(raw) does not fit \(type) at \(path)")
        }
    }
}
