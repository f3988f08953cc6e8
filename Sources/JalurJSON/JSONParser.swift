/// A byte-level JSON reader (RFC 8259) over UTF-8 that keeps the line and column of every node.
///
/// It distinguishes integers from doubles, rejects invalid UTF-8, `NaN`, `Infinity`, comments and trailing
/// commas, and bounds nesting depth so hostile input cannot exhaust the stack.
public struct JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    public var maxDepth: Int

    /// Creates a parser.
    ///
    /// - Parameter maxDepth: The deepest nesting of arrays and objects accepted (default 64).
    public init(maxDepth: Int = 64) {
        self.maxDepth = maxDepth
    }

    /// Parses one JSON text; whitespace may surround it, nothing else may follow it.
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 text.
    ///   - firstLine: The 1-based line number of the text's first line (for JSON Lines).
    /// - Returns: The root node. Columns count bytes; see ``JSONLineIndex``.
    /// - Throws: ``JSONError`` at the first problem.
    public func parse(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1) throws(JSONError) -> JSONNode {
        var cursor = JSONCursor(bytes: bytes, line: firstLine, maxDepth: maxDepth)
        cursor.skipWhitespace()
        let root = try cursor.parseValue(depth: 0)
        cursor.skipWhitespace()
        if cursor.index < bytes.count {
            throw cursor.error("unexpected text after the JSON value", help: "put one value per file or line")
        }
        return root
    }

    /// Parses one JSON text held in an array.
    public func parse(_ bytes: [UInt8], firstLine: Int = 1) throws(JSONError) -> JSONNode {
        let result: Result<JSONNode, JSONError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(JSONError) {
                return .success(try parse(buffer, firstLine: firstLine))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses one JSON text held in a string.
    public func parse(_ text: String, firstLine: Int = 1) throws(JSONError) -> JSONNode {
        try parse(Array(text.utf8), firstLine: firstLine)
    }
}
