/// A problem found while parsing or checking an expression, located inside the expression text.
public struct ExprIssue: Hashable, Sendable, CustomStringConvertible {
    /// A stable kebab-case code such as `expression-syntax`, `unknown-identifier`, `unknown-field`,
    /// `type-mismatch`, `unknown-enum-value`, `nesting-too-deep`.
    public let code: String
    /// One lowercase sentence, user values in single quotes.
    public let message: String
    /// How to fix it (for example `did you mean 'cows'?`), when known.
    public let help: String?
    /// 0-based offset of the problem from the start of the expression, in Unicode scalars.
    public let offset: Int
    /// Length of the offending text in Unicode scalars (at least 1 where there is text).
    public let length: Int

    /// Creates an issue.
    public init(code: String, message: String, help: String? = nil, offset: Int, length: Int = 1) {
        self.code = code
        self.message = message
        self.help = help
        self.offset = offset
        self.length = length
    }

    /// `column: message`, with a 1-based column on a one-line expression.
    public var description: String { "\(offset + 1): \(message)" }
}

/// Every problem that kept an expression from compiling.
public struct ExprCompileError: Error, Sendable {
    /// The problems, in order of position.
    public let issues: [ExprIssue]

    /// Creates the error.
    public init(issues: [ExprIssue]) { self.issues = issues }
}
