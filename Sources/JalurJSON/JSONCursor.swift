/// The parsing state of ``JSONParser``: a position in the bytes, and the current line.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var index = 0
    var line: Int
    var lineStart = 0
    /// Members and elements of the containers being read; each container is copied out once, at its exact size,
    /// when it closes (instead of growing its own array step by step).
    private var members: [JSONMember] = []
    private var elements: [JSONNode] = []

    init(bytes: UnsafeBufferPointer<UInt8>, line: Int, maxDepth: Int) {
        self.bytes = bytes
        self.line = line
        self.maxDepth = maxDepth
        members.reserveCapacity(128)
        elements.reserveCapacity(128)
    }

    var position: JSONPosition { JSONPosition(line: line, column: index - lineStart + 1) }

    func error(_ message: String, help: String? = nil, code: String = "invalid-json") -> JSONError {
        JSONError(code: code, message: message, help: help, position: position)
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    mutating func parseValue(depth: Int) throws(JSONError) -> JSONNode {
        let start = position
        guard index < bytes.count else { throw error("unexpected end of input; a value was expected") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(try parseObject(depth: depth + 1), at: start)
        case UInt8(ascii: "["): return JSONNode(try parseArray(depth: depth + 1), at: start)
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONNode(try parseNumber(), at: start)
        default: throw unexpectedValue()
        }
    }

    private func unexpectedValue() -> JSONError {
        let rest = bytes[index..<min(bytes.count, index + 9)]
        if rest.starts(with: "NaN".utf8) || rest.starts(with: "Infinity".utf8) || rest.starts(with: "-Infinity".utf8) {
            return error(
                "NaN and Infinity are not numbers in JSON",
                help: "record a finite number, or leave the fact out"
            )
        }
        if rest.first == UInt8(ascii: "'") {
            return error("strings must use double quotes", help: "write \"text\" instead of 'text'")
        }
        return error(
            "unexpected character; a value was expected",
            help: "values are objects, lists, strings, numbers, true, false or null"
        )
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONError) {
        let count = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { expected in
            index + count <= bytes.count && (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
        }
        guard matches else {
            throw error(
                "unexpected word; expected 'true', 'false' or 'null'",
                help: "quote text as \"...\"; booleans are true or false"
            )
        }
        index += count
    }

    private mutating func parseArray(depth: Int) throws(JSONError) -> JSONValue {
        guard depth <= maxDepth else { throw tooDeep() }
        index += 1
        let base = elements.count
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array([]) }
        while true {
            skipWhitespace()
            let element = try parseValue(depth: depth)
            elements.append(element)
            skipWhitespace()
            guard index < bytes.count else {
                throw error("unexpected end of input inside a list", help: "close the list with ']'")
            }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    throw error("trailing comma in a list", help: "remove the comma before ']'")
                }
            case UInt8(ascii: "]"):
                index += 1
                let array = Array(elements[base...])
                elements.removeSubrange(base...)
                return .array(array)
            default: throw error("expected ',' or ']' in a list")
            }
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONError) -> JSONValue {
        guard depth <= maxDepth else { throw tooDeep() }
        index += 1
        let base = members.count
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object([]) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("expected a key in double quotes", help: "write \"key\": value; no trailing commas")
            }
            let keyPosition = position
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("expected ':' after the key")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            guard index < bytes.count else {
                throw error("unexpected end of input inside an object", help: "close the object with '}'")
            }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                let object = Array(members[base...])
                members.removeSubrange(base...)
                return .object(object)
            default: throw error("expected ',' or '}' in an object")
            }
        }
    }

    private func tooDeep() -> JSONError {
        error("nesting deeper than \(maxDepth) levels", help: "flatten the data", code: "nesting-too-deep")
    }
}
