/// A lexing or parsing failure; the parser stops at the first one.
///
/// The issue is boxed so that the error is one pointer wide: every throwing call site of the recursive
/// parser reserves room for it on the stack, and a small error keeps deep nesting within small stacks.
struct SyntaxError: Error {
    private final class Box: Sendable {
        let issue: ExprIssue
        init(_ issue: ExprIssue) { self.issue = issue }
    }

    private let box: Box

    var issue: ExprIssue { box.issue }

    init(
        _ message: String,
        at offset: Int,
        length: Int = 1,
        help: String? = nil,
        code: String = "expression-syntax"
    ) {
        box = Box(ExprIssue(code: code, message: message, help: help, offset: offset, length: max(1, length)))
    }
}
