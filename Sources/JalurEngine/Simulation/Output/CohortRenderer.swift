import JalurModel

/// Renders a ``CohortReport`` as text, JSON or CSV; every number is formatted by ``Statistics``.
public struct CohortRenderer: Sendable {
    /// The language of stage titles (`en` or `id`).
    public let language: String
    /// How many missing facts to list.
    public static let missingFactsShown = 10

    /// Creates a renderer.
    public init(language: String) { self.language = language }

    /// A text summary.
    public func text(_ report: CohortReport) -> String {
        var lines: [String] = []
        lines.append("scenario \(report.scenario) on \(report.workflow), seed \(report.seed)")
        lines.append("\(report.days) days from \(report.start) (\(report.weekCount) weeks)")
        lines.append("")
        lines.append("admissions:    \(report.admissions)")
        let byStage = report.discharges.map { "\($0.stage) \($0.count)" }.joined(separator: ", ")
        lines.append("discharges:    \(report.dischargeCount) (\(byStage))")
        lines.append("present at end: \(report.presentAtEnd)")
        lines.append("")
        lines.append("length of stay (days, finished stays)   count  median    p90")
        for (index, stage) in report.stages.enumerated() {
            lines.append(statRow(stage.id, report.stayDays[index]))
        }
        lines.append(statRow("overall (admission to discharge)", report.lengthsOfStay))
        lines.append("")
        lines.append("occupancy at the end of each 4th week")
        lines.append(
            "  week  start       " + report.stages.map { pad($0.id, 6) }.joined(separator: " ")
        )
        for week in stride(from: 0, to: report.weekCount, by: 4) {
            let counts = report.weekOccupancy(week).map { pad(String($0), max(6, 0)) }
            lines.append(
                "  " + pad(String(week + 1), 4) + "  \(report.weekStart(week))  "
                    + zip(report.stages, counts).map { pad($1, max(6, $0.id.count)) }.joined(separator: " ")
            )
        }
        lines.append("")
        lines.append("referrals per week against capacity")
        for load in report.services {
            let capacity = load.capacity.map(String.init) ?? "-"
            let over = load.overCapacityWeeks
            var line =
                "  \(pad(load.service, 22)) total \(pad(String(load.total), 5)) peak \(pad(String(load.peak), 3)) capacity \(pad(capacity, 3))"
            if !over.isEmpty {
                line += "  OVER in \(over.count) week\(over.count == 1 ? "" : "s"): " + weekList(over)
            }
            lines.append(line)
        }
        lines.append("")
        let share = Statistics.percent(report.undeterminedEvaluations, of: report.evaluations)
        lines.append(
            "evaluations: \(report.evaluations); undetermined: \(report.undeterminedEvaluations) (\(share)%)"
        )
        if !report.missingFacts.isEmpty {
            lines.append("facts missing most often (evaluations):")
            for fact in report.missingFacts.prefix(Self.missingFactsShown) {
                lines.append("  \(pad(fact.path, 40)) \(fact.count)")
            }
        }
        if !report.eventCounts.isEmpty {
            lines.append("")
            lines.append(
                "events: " + report.eventCounts.map { "\($0.id) \($0.count)" }.joined(separator: ", ")
            )
        }
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
            + "\n"
    }

    private func statRow(_ name: String, _ values: [Int]) -> String {
        let median = Statistics.percentile(50, of: values).map(String.init) ?? "-"
        let p90 = Statistics.percentile(90, of: values).map(String.init) ?? "-"
        return
            "  \(pad(name, 36)) \(padLeft(String(values.count), 6)) \(padLeft(median, 7)) \(padLeft(p90, 6))"
    }

    private func weekList(_ weeks: [Int]) -> String {
        let shown = weeks.prefix(12).map { String($0 + 1) }.joined(separator: ", ")
        return weeks.count > 12 ? shown + ", …" : shown
    }

    func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// One CSV row per week: dates, admissions, discharges, occupancy per stage at the week's end, then for each
    /// service referred: referrals, capacity and an over-capacity flag (`1` or `0`).
    public func csv(_ report: CohortReport) -> String {
        var header = ["week", "start", "end", "admissions", "discharges"]
        header += report.stages.map { "occupancy_\($0.id)" }
        for load in report.services {
            header += ["referrals_\(load.service)", "capacity_\(load.service)", "over_\(load.service)"]
        }
        var rows = [header.joined(separator: ",")]
        for week in 0..<report.weekCount {
            let end = report.start.adding(days: min(report.days - 1, week * 7 + 6))
            var row = [String(week + 1), report.weekStart(week).description, end.description]
            row.append(String(report.weekTotal(report.dailyAdmissions, week: week)))
            row.append(String(report.weekTotal(report.dailyDischarges, week: week)))
            row += report.weekOccupancy(week).map(String.init)
            for load in report.services {
                row.append(String(load.weekly[week]))
                row.append(load.capacity.map(String.init) ?? "")
                row.append(load.overCapacityWeeks.contains(week) ? "1" : "0")
            }
            rows.append(row.joined(separator: ","))
        }
        return rows.joined(separator: "\n") + "\n"
    }
}
