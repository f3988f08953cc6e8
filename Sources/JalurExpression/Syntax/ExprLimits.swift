/// The documented bounds on expressions; exceeding one is a clean ``ExprIssue``, never a crash.
public enum ExprLimits {
    /// The deepest nesting of parentheses, calls, lists, maps and operators (`nesting-too-deep`).
    public static let maxNesting = 250
    /// The longest expression, in Unicode scalars (`expression-too-long`).
    public static let maxLength = 200_000
}
