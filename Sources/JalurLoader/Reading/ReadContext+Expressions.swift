import JalurDiagnostics
import JalurModel

extension ReadContext {
    /// An expression: any scalar, with the position of each of its characters.
    func expression(_ node: RawNode, for key: String) -> ExpressionSource? {
        guard node.scalar != nil, !node.isNull,
            let expression = ExpressionLocator(source: source).expression(from: node)
        else {
            wrongType(
                node,
                expected: "an expression",
                for: key,
                help: "write one expression, for example 'resident.age < 18'"
            )
            return nil
        }
        return expression
    }

    /// A condition: one expression, or a non-empty list of expressions that must all hold.
    func condition(_ node: RawNode, for key: String) -> Condition? {
        if let items = node.items {
            guard !items.isEmpty else {
                wrongType(
                    node,
                    expected: "an expression or a list of expressions",
                    for: key,
                    help: "list at least one expression"
                )
                return nil
            }
            let parts = items.compactMap { expression($0, for: key) }
            return parts.count == items.count ? Condition(parts: parts, location: node.location) : nil
        }
        guard node.scalar != nil else {
            wrongType(node, expected: "an expression or a list of expressions", for: key)
            return nil
        }
        return expression(node, for: key).map { Condition(parts: [$0], location: node.location) }
    }

    /// `min_days` or `max_days`: a whole number of days, or an expression giving one.
    func dayLimit(_ node: RawNode, for key: String) -> DayLimit? {
        if node.int != nil {
            return count(node, for: key).map { .constant($0) }
        }
        guard node.string != nil else {
            wrongType(
                node,
                expected: "an int or an expression",
                for: key,
                help: "write a number of days, or an expression such as 'severe_case ? 180 : 90'"
            )
            return nil
        }
        return expression(node, for: key).map { .expression($0) }
    }
}
