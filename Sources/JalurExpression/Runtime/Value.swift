/// A run-time value of the condition language, with CEL's types.
///
/// Errors are values too (``error(_:)``), so that `&&` and `||` can absorb them as CEL does.
public enum Value: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
    case list([Value])
    case map(MapValue)
    /// A record with a declared ``ObjectType``, such as the resident's facts.
    case object(ObjectValue)
    case timestamp(Timestamp)
    case duration(CELDuration)
    /// A type value such as `int` or the result of `type(x)`; the payload is the CEL type name.
    case type(String)
    case error(EvalError)
}

/// A record value: one optional slot per field of its ``ObjectType``; `nil` means not recorded.
public struct ObjectValue: Sendable {
    /// The record's type.
    public let type: ObjectType
    /// The field values by slot (see ``ObjectType/slot(of:)``); `nil` marks a fact absent from the resident file.
    public var fields: [Value?]

    /// Creates a record with every field absent.
    public init(type: ObjectType) {
        self.type = type
        self.fields = Array(repeating: nil, count: type.fields.count)
    }

    /// Creates a record from slot values; `fields.count` must equal `type.fields.count`.
    public init(type: ObjectType, fields: [Value?]) {
        self.type = type
        self.fields = fields
    }
}

/// Why an evaluation failed.
///
/// A reference type so that ``Value`` stays small.
public final class EvalError: Error, Sendable, CustomStringConvertible {
    /// The schema path of the fact whose absence caused the error (`resident.asi.drug`, no list indices),
    /// or `nil` for any other run-time error.
    public let missingFact: String?
    /// A lowercase message, such as `division by zero` or `no such key: 'age'`.
    public let message: String

    /// Creates an error; give `missingFact` when the error comes from reading an absent fact.
    public init(_ message: String, missingFact: String? = nil) {
        self.message = message
        self.missingFact = missingFact
    }

    /// The message.
    public var description: String { message }
}
