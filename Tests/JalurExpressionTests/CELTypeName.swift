import Foundation
import JalurExpression

/// Parses the CEL type names used in conformance `decls`, such as `list(int)` and `map(string, string)`.
enum CELTypeName {
    static func parse(_ text: String) throws -> ExprType {
        let name = text.trimmingCharacters(in: .whitespaces)
        switch name {
        case "int": return .int
        case "uint": return .uint
        case "double": return .double
        case "bool": return .bool
        case "string": return .string
        case "bytes": return .bytes
        case "null_type": return .null
        case "dyn": return .dyn
        case "type": return .type
        case "google.protobuf.Timestamp", "timestamp": return .timestamp
        case "google.protobuf.Duration", "duration": return .duration
        default: break
        }
        if name.hasPrefix("list("), name.hasSuffix(")") {
            return .list(try parse(String(name.dropFirst(5).dropLast())))
        }
        if name.hasPrefix("map("), name.hasSuffix(")") {
            let inner = name.dropFirst(4).dropLast()
            var depth = 0
            for (offset, character) in inner.enumerated() {
                if character == "(" { depth += 1 }
                if character == ")" { depth -= 1 }
                if character == ",", depth == 0 {
                    let key = String(inner.prefix(offset))
                    let value = String(inner.dropFirst(offset + 1))
                    return .map(key: try parse(key), value: try parse(value))
                }
            }
        }
        throw FixtureError("unsupported type name '\(text)'")
    }
}
