/// Why a JSON text could not be read, and where.
public struct JSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A kebab-case code: `invalid-json`, `nesting-too-deep`, `line-too-long` or `invalid-utf8`.
    public var code: String
    /// One lowercase sentence.
    public var message: String
    /// How to fix it.
    public var help: String?
    /// Where the problem is (column in bytes for ``JSONParser``).
    public var position: JSONPosition

    /// Creates an error.
    public init(code: String = "invalid-json", message: String, help: String? = nil, position: JSONPosition) {
        self.code = code
        self.message = message
        self.help = help
        self.position = position
    }

    /// `line:column: message`.
    public var description: String { "\(position.line):\(position.column): \(message)" }
}
