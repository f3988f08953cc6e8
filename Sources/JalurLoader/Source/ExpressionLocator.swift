import JalurDiagnostics
import JalurModel

/// Builds an ``ExpressionSource`` from a scalar node, finding the file position of every Unicode scalar of
/// its value by re-reading the raw text: quotes, escapes, line folding and block indentation all shift
/// positions away from "start + offset".
struct ExpressionLocator {
    let source: SourceText

    /// The expression written in `node` (a scalar) with its positions.
    func expression(from node: RawNode) -> ExpressionSource? {
        guard let (text, style) = node.scalar else { return nil }
        let start = node.location
        let scalars = Array(text.unicodeScalars)
        if style == .plain, !scalars.contains(where: { $0 == "\n" || $0 == "\r" }),
            startsWith(scalars, at: start)
        {
            return ExpressionSource(text: text, location: start)
        }
        let locations: [SourceLocation]?
        switch style {
        case .plain, .singleQuoted, .doubleQuoted:
            var reader = FlowScalarReader(source: source, style: style, start: start)
            locations = reader.locations(matching: scalars)
        case .literal, .folded:
            locations = BlockScalarReader(source: source, header: start).locations(matching: scalars)
        }
        let fallback = style == .singleQuoted || style == .doubleQuoted ? start.advanced(byColumns: 1) : start
        return ExpressionSource(text: text, location: locations?.first ?? fallback, scalarLocations: locations)
    }

    /// Whether the file holds `scalars` verbatim at `location`.
    private func startsWith(_ scalars: [Unicode.Scalar], at location: SourceLocation) -> Bool {
        let line = source.line(location.line)
        let begin = location.column - 1
        guard begin >= 0, begin + scalars.count <= line.count else { return false }
        return Array(line[begin..<begin + scalars.count]) == scalars
    }
}
