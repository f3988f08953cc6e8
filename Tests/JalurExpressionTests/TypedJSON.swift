import Foundation
import JalurExpression
import Testing

/// A CEL value in the conformance JSON form, such as `{"int": "123"}` or `{"map": [[k, v]]}`.
indirect enum TypedJSON: Sendable {
    case value(Value)
    case list([TypedJSON])
    case map([(TypedJSON, TypedJSON)])

    init(json: Any) throws {
        let object = try #require(json as? [String: Any])
        let (kind, payload) = try #require(object.first)
        switch kind {
        case "int": self = .value(.int(try unwrap(Int64(try unwrap(payload as? String)))))
        case "uint": self = .value(.uint(try unwrap(UInt64(try unwrap(payload as? String)))))
        case "double": self = .value(.double(try Self.double(payload)))
        case "string": self = .value(.string(try #require(payload as? String)))
        case "bytes_b64": self = .value(.bytes(Array(try unwrap(Data(base64Encoded: try unwrap(payload as? String))))))
        case "bool": self = .value(.bool(try #require(payload as? Bool)))
        case "null": self = .value(.null)
        case "type": self = .value(.type(try #require(payload as? String)))
        case "duration": self = .value(Builtins.duration(.string(try #require(payload as? String))))
        case "timestamp": self = .value(Builtins.timestamp(.string(try #require(payload as? String))))
        case "list": self = .list(try #require(payload as? [Any]).map(TypedJSON.init(json:)))
        case "map":
            let pairs = try #require(payload as? [[Any]])
            self = .map(try pairs.map { pair in (try TypedJSON(json: pair[0]), try TypedJSON(json: pair[1])) })
        default: throw FixtureError("unsupported typed value kind '\(kind)'")
        }
    }

    private static func double(_ payload: Any) throws -> Double {
        switch payload {
        case let text as String:
            switch text {
            case "NaN": return .nan
            case "Infinity": return .infinity
            case "-Infinity": return -.infinity
            default: return try unwrap(Double(text))
            }
        case let number as NSNumber: return number.doubleValue
        default: throw FixtureError("bad double \(payload)")
        }
    }

    var value: Value {
        switch self {
        case .value(let value): value
        case .list(let elements): .list(elements.map(\.value))
        case .map(let entries): .map(MapValue(entries.map { (key: $0.0.value, value: $0.1.value) }))
        }
    }
}

extension Value {
    /// Whether two values are equal with the same CEL types, recursively (so `[1]` differs from `[1.0]`);
    /// NaN matches NaN.
    func matchesConformanceValue(_ other: Value) -> Bool {
        guard typeName == other.typeName else { return false }
        switch (self, other) {
        case (.double(let a), .double(let b)):
            return (a.isNaN && b.isNaN) || (a == b && a.sign == b.sign)
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.matchesConformanceValue($1) }
        case (.map(let a), .map(let b)):
            return a.count == b.count
                && a.entries.allSatisfy { entry in
                    b.value(forKey: entry.key).map { entry.value.matchesConformanceValue($0) } ?? false
                }
        case (.error, _), (_, .error):
            return false
        default:
            return celEquals(other)
        }
    }
}

/// The value, or a thrown ``FixtureError`` naming the source line when it is `nil`.
func unwrap<T>(_ value: T?, line: Int = #line) throws -> T {
    guard let value else { throw FixtureError("malformed fixture (TypedJSON.swift:\(line))") }
    return value
}
