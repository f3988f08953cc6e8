public import JalurModel

/// The caseload view of a folder or batch: one row per resident, most urgent first.
public struct CaseloadTable: Sendable {
    /// The program whose residents the table lists.
    public let program: Program
    /// `en` or `id`.
    public let language: String
    /// Colours for the header and the most urgent rows, or none.
    public let style: TextStyle

    /// Creates a table renderer.
    public init(program: Program, language: String, style: TextStyle = .plain) {
        self.program = program
        self.language = language
        self.style = style
    }

    /// The table, with a header, columns padded to their widest cell, ending with a line break.
    public func render(_ rows: [CaseloadRow]) -> String {
        let labels = OutputLabels.forLanguage(language)
        let sorted = rows.sorted(by: CaseloadRow.urgencyOrder)
        let cells = sorted.map { row in
            [
                row.resident,
                row.stage,
                String(row.daysInStage),
                row.overdueDays > 0 ? String(row.overdueDays) : "-",
                row.urgentReferrals.isEmpty ? "-" : row.urgentReferrals.joined(separator: ", "),
                alerts(row, labels),
                String(row.undeterminedCount),
            ]
        }
        let header = labels.tableHeader
        var widths = header.map(\.count)
        for line in cells { for (index, cell) in line.enumerated() { widths[index] = max(widths[index], cell.count) } }
        let numeric: Set<Int> = [2, 3, 6]
        func format(_ line: [String]) -> String {
            line.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return numeric.contains(index) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [style.bold(format(header))]
        for (row, line) in zip(sorted, cells) {
            let text = format(line)
            lines.append(row.urgencyRank == 0 ? style.red(text) : text)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func alerts(_ row: CaseloadRow, _ labels: OutputLabels) -> String {
        guard row.alertCount > 0 else { return "-" }
        guard row.criticalAlertCount > 0 else { return String(row.alertCount) }
        return "\(row.alertCount) (\(row.criticalAlertCount) \(labels.level(.critical)))"
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
