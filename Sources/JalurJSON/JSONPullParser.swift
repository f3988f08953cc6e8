/// Reads a JSON text one step at a time, so that a caller who knows the expected shape (a resident's facts)
/// can decode straight into its own values without building a ``JSONNode`` tree for every container.
///
/// Any value can still be read whole with ``readValue(depth:)``. Errors and positions are those of
/// ``JSONParser``.
public struct JSONPullParser {
    private var cursor: JSONCursor

    /// Starts reading `bytes`, whose first line is line `firstLine` of its file.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1, maxDepth: Int = 64) {
        cursor = JSONCursor(bytes: bytes, line: firstLine, maxDepth: maxDepth)
        cursor.skipWhitespace()
    }

    /// Where the next token starts (column in bytes).
    public var position: JSONPosition { cursor.position }

    /// The first byte of the next token, or `nil` at the end.
    public mutating func peek() -> UInt8? {
        cursor.skipWhitespace()
        return cursor.index < cursor.bytes.count ? cursor.bytes[cursor.index] : nil
    }

    /// Whether the next value is an object (`{`).
    public mutating func isAtObject() -> Bool { peek() == UInt8(ascii: "{") }

    /// Whether the next value is a list (`[`).
    public mutating func isAtArray() -> Bool { peek() == UInt8(ascii: "[") }

    /// Whether the next value is `null`.
    public mutating func isAtNull() -> Bool { peek() == UInt8(ascii: "n") }

    /// Whether the next value is a string.
    public mutating func isAtString() -> Bool { peek() == UInt8(ascii: "\"") }

    /// Consumes the next value when it is the string `expected`, compared on its bytes without building a
    /// string; otherwise leaves the parser where it was and returns `false`.
    ///
    /// - Parameter expected: The UTF-8 of the string. It must contain no `"`, `\` or control characters (so
    ///   that its JSON form is the bytes themselves).
    /// - Returns: Whether the string was `expected` (and consumed).
    public mutating func skipString(equalTo expected: [UInt8]) -> Bool {
        isAtString() && cursor.skipString(equalTo: expected)
    }

    /// Reads the next value whole; `depth` is the number of containers already open around it.
    public mutating func readValue(depth: Int) throws(JSONError) -> JSONNode {
        cursor.skipWhitespace()
        return try cursor.parseValue(depth: depth)
    }

    /// Consumes the `{` or `[` of a container opened at `depth` (1 for the outermost).
    public mutating func enterContainer(depth: Int) throws(JSONError) {
        cursor.skipWhitespace()
        guard depth <= cursor.maxDepth else {
            throw cursor.error(
                "nesting deeper than \(cursor.maxDepth) levels",
                help: "flatten the data",
                code: "nesting-too-deep"
            )
        }
        cursor.index += 1
    }

    /// The next key of the open object and where it starts, or `nil` after its closing `}`.
    ///
    /// - Parameter isFirst: `true` before the first member; the parser clears it.
    /// - Returns: The key and where it starts, or `nil` after the object's closing `}`.
    /// - Throws: ``JSONError`` when the object is malformed (a missing `,`, `:` or quoted key) or ends early.
    public mutating func nextKey(isFirst: inout Bool) throws(JSONError) -> (key: String, position: JSONPosition)? {
        guard try openKey(isFirst: &isFirst) else { return nil }
        let keyPosition = cursor.position
        let key = try cursor.parseString()
        try closeKey()
        return (key, keyPosition)
    }

    /// Like ``nextKey(isFirst:)``, but first checks whether the key is `expected`, which then costs a byte
    /// comparison instead of building a string: decoders that know which key usually comes next use it.
    ///
    /// - Parameters:
    ///   - isFirst: `true` before the first member; the parser clears it.
    ///   - expected: The UTF-8 of the likely key. It must contain no `"`, `\` or control characters (so that
    ///     its JSON form is the bytes themselves); otherwise use ``nextKey(isFirst:)``.
    /// - Returns: `nil` after the object's closing `}`; otherwise the key's position, with `key` `nil` when the
    ///   key is `expected` and the key itself when it is another.
    /// - Throws: ``JSONError`` when the object is malformed (a missing `,`, `:` or quoted key) or ends early.
    public mutating func nextKey(
        isFirst: inout Bool,
        expected: [UInt8]
    ) throws(JSONError) -> (key: String?, position: JSONPosition)? {
        guard try openKey(isFirst: &isFirst) else { return nil }
        let keyPosition = cursor.position
        if cursor.skipString(equalTo: expected) {
            try closeKey()
            return (nil, keyPosition)
        }
        let key = try cursor.parseString()
        try closeKey()
        return (key, keyPosition)
    }

    /// Consumes the `,` before a member (or the `}` after the last one: then `false`), up to the key's quote.
    private mutating func openKey(isFirst: inout Bool) throws(JSONError) -> Bool {
        cursor.skipWhitespace()
        guard cursor.index < cursor.bytes.count else {
            throw cursor.error("unexpected end of input inside an object", help: "close the object with '}'")
        }
        let byte = cursor.bytes[cursor.index]
        if byte == UInt8(ascii: "}") {
            cursor.index += 1
            return false
        }
        if !isFirst {
            guard byte == UInt8(ascii: ",") else { throw cursor.error("expected ',' or '}' in an object") }
            cursor.index += 1
            cursor.skipWhitespace()
        }
        isFirst = false
        guard cursor.index < cursor.bytes.count, cursor.bytes[cursor.index] == UInt8(ascii: "\"") else {
            throw cursor.error("expected a key in double quotes", help: "write \"key\": value; no trailing commas")
        }
        return true
    }

    /// Consumes the `:` after a key.
    private mutating func closeKey() throws(JSONError) {
        cursor.skipWhitespace()
        guard cursor.index < cursor.bytes.count, cursor.bytes[cursor.index] == UInt8(ascii: ":") else {
            throw cursor.error("expected ':' after the key")
        }
        cursor.index += 1
        cursor.skipWhitespace()
    }

    /// Whether the open list has another element (consuming the comma before it), or `false` after its `]`.
    ///
    /// - Parameter isFirst: `true` before the first element; the parser clears it.
    /// - Returns: `true` when another element follows, `false` after the list's closing `]`.
    /// - Throws: ``JSONError`` when the list is malformed (a missing `,` or a trailing comma) or ends early.
    public mutating func nextElement(isFirst: inout Bool) throws(JSONError) -> Bool {
        cursor.skipWhitespace()
        guard cursor.index < cursor.bytes.count else {
            throw cursor.error("unexpected end of input inside a list", help: "close the list with ']'")
        }
        let byte = cursor.bytes[cursor.index]
        if byte == UInt8(ascii: "]") {
            cursor.index += 1
            return false
        }
        if !isFirst {
            guard byte == UInt8(ascii: ",") else { throw cursor.error("expected ',' or ']' in a list") }
            cursor.index += 1
            cursor.skipWhitespace()
            if cursor.index < cursor.bytes.count, cursor.bytes[cursor.index] == UInt8(ascii: "]") {
                throw cursor.error("trailing comma in a list", help: "remove the comma before ']'")
            }
        }
        isFirst = false
        return true
    }

    /// Checks that nothing but whitespace follows the value.
    public mutating func finish() throws(JSONError) {
        cursor.skipWhitespace()
        if cursor.index < cursor.bytes.count {
            throw cursor.error("unexpected text after the JSON value", help: "put one value per file or line")
        }
    }
}
