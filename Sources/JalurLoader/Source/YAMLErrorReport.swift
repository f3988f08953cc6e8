import JalurDiagnostics
internal import Yams

/// Maps a Yams error to a diagnostic at its file position.
struct YAMLErrorReport {
    let source: SourceText
    let diagnostics: DiagnosticCollector

    /// Reports `error` as one diagnostic.
    func report(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let where_ = context.map { context in
                context.mark.line == mark.line && context.mark.column == mark.column
                    ? context.text : "\(context.text) at \(context.mark.line):\(context.mark.column)"
            }
            reportSyntax(problem: problem, context: where_, line: mark.line, column: mark.column)
        case .reader(let problem, let offset, _, _):
            let (line, column) = position(ofCharacter: offset ?? 0)
            reportSyntax(problem: problem, context: nil, line: line, column: column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            reportDuplicate(keys: duplicates, first: context.mark)
        default:
            diagnostics.error(
                "yaml-syntax",
                "cannot read the YAML: \(error)",
                at: source.location(line: 1, column: 1),
                help: "fix the YAML syntax"
            )
        }
    }

    private func reportSyntax(problem: String, context: String?, line: Int, column: Int) {
        let isTab = column >= 1 && column <= source.line(line).count && source.line(line)[column - 1] == "\t"
        let detail = context.map { "\(problem) (\($0))" } ?? problem
        diagnostics.error(
            "yaml-syntax",
            "invalid YAML: \(detail)",
            at: source.location(line: line, column: column),
            help: isTab
                ? "YAML indentation must use spaces; replace the tab with spaces"
                : "check the indentation, quotes and brackets around this position"
        )
    }

    private func reportDuplicate(keys: [String], first: Mark) {
        let key = keys.sorted().first ?? ""
        let firstLocation = source.location(line: first.line, column: first.column)
        let second = DuplicateKeyFinder(source: source).secondOccurrence(of: key, after: firstLocation)
        let message =
            second == nil
            ? "duplicate key '\(key)' in this mapping"
            : "duplicate key '\(key)' (first written at \(firstLocation.line):\(firstLocation.column))"
        diagnostics.error(
            "duplicate-key",
            message,
            at: second ?? firstLocation,
            help: "each key may appear once in a mapping; remove or merge the repeated '\(key)'"
        )
    }

    /// Line and column of the `offset`-th character (Yams counts reader offsets in characters).
    private func position(ofCharacter offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for (index, character) in source.text.enumerated() {
            if index >= offset { break }
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}
