/// A lexing or parsing failure; the parser stops at the first one.
struct SyntaxError: Error {
    let issue: ExprIssue

    init(_ message: String, at offset: Int, length: Int = 1, help: String? = nil, code: String = "expression-syntax") {
        issue = ExprIssue(code: code, message: message, help: help, offset: offset, length: max(1, length))
    }
}
