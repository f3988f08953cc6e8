import JalurExpression
import JalurModel

/// How to read one fact value from a resident file, compiled once per workflow from its facts schema.
indirect enum FactDecoder: Sendable {
    case int(minimum: Double?, maximum: Double?)
    case double(minimum: Double?, maximum: Double?)
    case bool
    case string
    case date
    /// `utf8` holds the UTF-8 of each of `ordered` for matching without building a string; `nil` for a
    /// value whose JSON form needs escapes.
    case enumeration(allowed: Set<String>, ordered: [String], utf8: [[UInt8]?])
    case list(FactDecoder)
    case object(ObjectDecoder)
    case map(FactDecoder)

    /// Builds the decoder of `field`, whose record slot has static type `type`.
    init(field: FactField, type: ExprType, path: String) {
        switch field.type {
        case .int: self = .int(minimum: field.minimum, maximum: field.maximum)
        case .double: self = .double(minimum: field.minimum, maximum: field.maximum)
        case .bool: self = .bool
        case .string: self = .string
        case .date: self = .date
        case .enumeration(let values):
            self = .enumeration(allowed: Set(values), ordered: values, utf8: values.map(ObjectDecoder.plainUTF8))
        case .list(let element):
            let elementType: ExprType = if case .list(let inner) = type { inner } else { .dyn }
            self = .list(FactDecoder(field: element, type: elementType, path: path))
        case .map(let element):
            let elementType: ExprType = if case .map(_, let inner) = type { inner } else { .dyn }
            self = .map(FactDecoder(field: element, type: elementType, path: path))
        case .object(let fields):
            let objectType: ObjectType =
                if case .object(let declared) = type { declared } else {
                    ObjectDecoder.fallbackType(fields, path: path)
                }
            self = .object(ObjectDecoder(fields: fields, type: objectType, path: path))
        }
    }

    /// What the value must be, for messages: `an int`, `a list`, `one of: a, b`.
    var expectation: String {
        switch self {
        case .int: "a whole number"
        case .double: "a number"
        case .bool: "true or false"
        case .string: "a string"
        case .date: "a date (YYYY-MM-DD)"
        case .enumeration: "one of its allowed values"
        case .list: "a list"
        case .object: "an object"
        case .map: "a map"
        }
    }
}

/// Reads one record of the facts schema (`resident`, `resident.family`, …) into an ``ObjectValue``.
final class ObjectDecoder: Sendable {
    /// One declared field: its slot in the record, its decoder and its schema path.
    struct Entry: Sendable {
        let slot: Int
        let decoder: FactDecoder
        let path: String
    }

    let type: ObjectType
    let path: String
    let entries: [String: Entry]
    /// The entries in declaration order: files usually list facts in that order, so a cheap comparison with
    /// the next expected name often saves the hash lookup.
    let ordered: [(name: String, entry: Entry)]
    /// The UTF-8 of each name in ``ordered``, for matching keys without building strings; `nil` for a name
    /// whose JSON form needs escapes.
    let orderedKeys: [[UInt8]?]
    let required: [(name: String, slot: Int)]

    init(fields: [FactField], type: ObjectType, path: String) {
        self.type = type
        self.path = path
        var entries: [String: Entry] = [:]
        var required: [(String, Int)] = []
        for field in fields {
            let name = field.name.value
            guard let slot = type.slot(of: name), entries[name] == nil else { continue }
            let fieldPath = "\(path).\(name)"
            entries[name] = Entry(
                slot: slot,
                decoder: FactDecoder(field: field, type: type.fields[slot].type, path: fieldPath),
                path: fieldPath
            )
            if field.isRequired { required.append((name, slot)) }
        }
        self.entries = entries
        self.ordered = fields.compactMap { field in entries[field.name.value].map { (field.name.value, $0) } }
            .sorted { $0.entry.slot < $1.entry.slot }
        self.orderedKeys = ordered.map { name, _ in Self.plainUTF8(name) }
        self.required = required
    }

    /// The UTF-8 of `text` when its JSON form is the bytes themselves (no `"`, `\` or control characters).
    static func plainUTF8(_ text: String) -> [UInt8]? {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
            ? Array(text.utf8) : nil
    }

    /// The declared field names, for "did you mean" hints.
    var fieldNames: [String] { type.fields.map(\.name) }

    /// A record type built from the schema when the plan gives none (never expected for a compiled plan).
    static func fallbackType(_ fields: [FactField], path: String) -> ObjectType {
        ObjectType(name: path, fields: fields.map { ObjectType.Field(name: $0.name.value, type: .dyn) })
    }
}
