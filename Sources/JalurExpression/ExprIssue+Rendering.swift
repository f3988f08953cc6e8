extension ExprIssue {
    /// The 1-based line and column of ``offset`` in `source`, counting Unicode scalars.
    ///
    /// - Parameter source: The expression text the issue was found in.
    /// - Returns: The position; an offset past the end points just after the last scalar.
    public func position(in source: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for (index, scalar) in source.unicodeScalars.enumerated() {
            if index >= offset { break }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// The issue as `file:line:column: error: message [code]`, the source line, a caret under the
    /// problem, and a `help:` line when there is one.
    ///
    /// - Parameters:
    ///   - source: The expression text.
    ///   - file: The name to show, such as `<expr>`.
    /// - Returns: The lines, joined with newlines, without a trailing newline.
    public func rendered(in source: String, file: String) -> String {
        let (line, column) = position(in: source)
        let text = source.split(separator: "\n", omittingEmptySubsequences: false)
        let fullLine = line - 1 < text.count ? Array(text[line - 1].unicodeScalars) : []
        let start = max(0, min(column - 1 - 40, fullLine.count - 80))
        let end = min(fullLine.count, start + 80)
        var shown = String(String.UnicodeScalarView(fullLine[start..<end]))
        var caretColumn = column - 1 - start
        if start > 0 {
            shown = "…" + shown
            caretColumn += 1
        }
        if end < fullLine.count { shown += "…" }
        let caretWidth = max(1, min(length, end - (column - 1)))
        var lines = [
            "\(file):\(line):\(column): error: \(message) [\(code)]",
            "    " + shown,
            "    " + String(repeating: " ", count: caretColumn) + String(repeating: "^", count: caretWidth),
        ]
        if let help { lines.append("help: \(help)") }
        return lines.joined(separator: "\n")
    }
}
