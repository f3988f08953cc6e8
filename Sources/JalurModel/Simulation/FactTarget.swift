public import JalurDiagnostics
public import JalurExpression

/// A fact a simulation writes, such as `resident.asi_isr.drug`: its schema field and its record slots.
public struct FactTarget: Sendable {
    /// The path as written, starting with `resident.`.
    public var path: String
    /// The slot at each level, from the `resident` record down.
    public var slots: [Int]
    /// The record type at each level, parallel to ``slots``.
    public var records: [ObjectType]
    /// The declared field (type and bounds).
    public var field: FactField
    /// The field's static type.
    public var type: ExprType
    /// Where the path is written.
    public var location: SourceLocation

    /// Creates a target.
    public init(
        path: String,
        slots: [Int],
        records: [ObjectType],
        field: FactField,
        type: ExprType,
        location: SourceLocation
    ) {
        self.path = path
        self.slots = slots
        self.records = records
        self.field = field
        self.type = type
        self.location = location
    }

    /// Writes `value` (or removes the fact, for `nil`) into `facts`, creating absent records on the way.
    public func write(_ value: Value?, into facts: inout ObjectValue) {
        Self.write(value, into: &facts, slots: slots[...], records: records[...])
    }

    /// The value recorded at this path, or `nil` when it or a record on the way is absent.
    public func read(from facts: ObjectValue) -> Value? {
        var record = facts
        for (level, slot) in slots.enumerated() {
            guard let value = record.fields[slot] else { return nil }
            if level == slots.count - 1 { return value }
            guard case .object(let inner) = value else { return nil }
            record = inner
        }
        return nil
    }

    private static func write(
        _ value: Value?,
        into record: inout ObjectValue,
        slots: ArraySlice<Int>,
        records: ArraySlice<ObjectType>
    ) {
        guard let slot = slots.first else { return }
        if slots.count == 1 {
            record.fields[slot] = value
            return
        }
        let innerType = records[records.startIndex + 1]
        var inner: ObjectValue
        if case .object(let existing)? = record.fields[slot] {
            inner = existing
        } else {
            inner = ObjectValue(type: innerType)
        }
        write(value, into: &inner, slots: slots.dropFirst(), records: records.dropFirst())
        record.fields[slot] = .object(inner)
    }
}
