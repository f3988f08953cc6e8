import Foundation
import JalurExpression
import JalurJSON

/// Why a `--vars` file could not be turned into variables, and where.
struct EvalVarsError: Error {
    /// A kebab-case code.
    var code: String
    /// One lowercase sentence.
    var message: String
    /// How to fix it.
    var help: String?
    /// Where the problem is (column in bytes of UTF-8).
    var position: JSONPosition
}

/// Reads the variables of `jalur eval --vars FILE.json` with the project's own JSON reader.
///
/// The top level must be an object; its members, sorted by name, are the variables. JSON integers are
/// ints, numbers with a fraction or exponent are doubles, arrays are lists and objects are maps (keys
/// sorted). An integer literal beyond the int64 range is an error, and so is a double beyond the double
/// range (`1E400`): both are rejected with their position rather than rounded.
enum EvalVars {
    /// The deepest nesting accepted, the same as ``JSONParser``'s default.
    static let maxDepth = 64

    /// The variables in `bytes`, sorted by name.
    static func variables(in bytes: [UInt8]) throws(EvalVarsError) -> [(String, Value)] {
        let root: JSONNode
        do {
            root = try JSONParser(maxDepth: maxDepth).parse(bytes)
        } catch {
            throw EvalVarsError(code: error.code, message: error.message, help: error.help, position: error.position)
        }
        guard case .object(let members) = root.value else {
            throw EvalVarsError(
                code: "invalid-vars",
                message: "--vars must hold a JSON object of variables, not a \(root.value.kindName)",
                help: "wrap the variables in an object, e.g. {\"score\": 15}",
                position: root.position
            )
        }
        return try sortedMembers(members).map { member throws(EvalVarsError) in
            (member.key, try value(member.value))
        }
    }

    /// The members sorted by key; a key written twice is an error at its second occurrence.
    private static func sortedMembers(_ members: [JSONMember]) throws(EvalVarsError) -> [JSONMember] {
        let sorted = members.enumerated().sorted {
            $0.element.key.utf8.lexicographicallyPrecedes($1.element.key.utf8)
                || ($0.element.key == $1.element.key && $0.offset < $1.offset)
        }.map(\.element)
        for (previous, member) in zip(sorted, sorted.dropFirst()) where previous.key == member.key {
            throw EvalVarsError(
                code: "duplicate-key",
                message: "key '\(member.key)' is written twice in one object",
                help: "keep one of the two members",
                position: member.keyPosition
            )
        }
        return sorted
    }

    /// The value of one node; nesting is bounded by the parser's depth limit.
    private static func value(_ node: JSONNode) throws(EvalVarsError) -> Value {
        switch node.value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .bigInteger:
            throw EvalVarsError(
                code: "integer-out-of-range",
                message: "integer is outside the int range -9223372036854775808...9223372036854775807",
                help: "use a smaller integer, or write it with a fraction (e.g. 1.0e19) to make it a double",
                position: node.position
            )
        case .string(let s): return .string(s)
        case .array(let elements):
            var list: [Value] = []
            list.reserveCapacity(elements.count)
            for element in elements { list.append(try value(element)) }
            return .list(list)
        case .object(let members):
            var entries: [(key: String, value: Value)] = []
            entries.reserveCapacity(members.count)
            for member in try sortedMembers(members) { entries.append((member.key, try value(member.value))) }
            return .map(MapValue(stringKeyed: entries))
        }
    }
}
