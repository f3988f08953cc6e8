/// A JSON value whose objects keep their keys in the order they were written.
///
/// The schema is built from these values so that `jalur schema` prints the same bytes every time, with keys
/// in a readable order (`$schema`, `title`, `description`, `type`, …) rather than hash order.
indirect enum OrderedJSON: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([OrderedJSON])
    /// Members in the order they print; a key appearing twice keeps only its first value when rendered.
    case object([Member])

    /// One key and its value.
    struct Member: Hashable, Sendable {
        let key: String
        let value: OrderedJSON

        init(_ key: String, _ value: OrderedJSON) {
            self.key = key
            self.value = value
        }
    }

    /// The value of `key` when this is an object that has it.
    subscript(key: String) -> OrderedJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The elements when this is an array.
    var arrayValue: [OrderedJSON]? {
        guard case .array(let elements) = self else { return nil }
        return elements
    }

    /// The text when this is a string.
    var stringValue: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }
}

extension OrderedJSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: OrderedJSON...) { self = .array(elements) }
    /// A dictionary literal keeps its written order.
    init(dictionaryLiteral elements: (String, OrderedJSON)...) {
        self = .object(elements.map { Member($0.0, $0.1) })
    }
}
