/// The static type of an expression or variable, as the checker sees it.
///
/// Facts schemas (SPEC §2.1) map onto it: `date` is ``timestamp``, `enum` is ``enumeration(_:)``,
/// `object` is ``object(_:)``, `map` is ``map(key:value:)`` with string keys.
public indirect enum ExprType: Hashable, Sendable {
    /// Checked only at run time.
    case dyn
    /// The type of `null`.
    case null
    case bool
    case int
    case uint
    case double
    case string
    case bytes
    case timestamp
    case duration
    /// The type of type values such as `int` or `type(x)`.
    case type
    /// A string restricted to a known set of values; comparing it with another literal is a check error.
    case enumeration(EnumType)
    case list(ExprType)
    case map(key: ExprType, value: ExprType)
    /// A record with declared fields, such as the resident's facts.
    case object(ObjectType)
}

/// A named set of allowed string values.
public struct EnumType: Hashable, Sendable {
    /// A name for messages, such as `resident.gender` or `stage`.
    public let name: String
    /// The allowed values, in declaration order.
    public let values: [String]

    /// Creates an enumeration.
    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}

/// A record type with declared, ordered fields; each field has a slot index in ``ObjectValue``.
public final class ObjectType: Hashable, Sendable {
    /// One declared field.
    public struct Field: Hashable, Sendable {
        /// The field name.
        public let name: String
        /// The field's type.
        public let type: ExprType

        /// Creates a field.
        public init(name: String, type: ExprType) {
            self.name = name
            self.type = type
        }
    }

    /// A name for messages, the schema path such as `resident` or `resident.family`.
    public let name: String
    /// The fields in declaration order; a field's position is its slot in ``ObjectValue/fields``.
    public let fields: [Field]
    private let slots: [String: Int]

    /// Creates an object type.
    ///
    /// Later duplicates of a field name are ignored for lookup.
    public init(name: String, fields: [Field]) {
        self.name = name
        self.fields = fields
        var slots: [String: Int] = [:]
        for (index, field) in fields.enumerated() where slots[field.name] == nil { slots[field.name] = index }
        self.slots = slots
    }

    /// The slot of the field called `name`, if declared.
    public func slot(of name: String) -> Int? { slots[name] }

    /// Two object types are equal when they are the same instance or have the same name and fields.
    public static func == (lhs: ObjectType, rhs: ObjectType) -> Bool {
        lhs === rhs || (lhs.name == rhs.name && lhs.fields == rhs.fields)
    }

    /// Hashes the name and fields.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(fields)
    }
}
