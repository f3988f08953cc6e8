import JalurModel

/// Renders a ``TimelineResult`` as text or JSON (`jalur simulate RESIDENT --format text|json`).
public struct TimelineRenderer: Sendable {
    /// The language of reasons (`en` or `id`).
    public let language: String

    /// Creates a renderer.
    public init(language: String) { self.language = language }

    /// The timeline as plain text: one block per day on which something changed, then a summary.
    public func text(_ result: TimelineResult) -> String {
        var lines = [
            "\(result.resident) on \(result.workflow), from \(result.start) to \(result.end)", "",
        ]
        for day in result.days {
            lines.append("\(day.day)  day \(day.dayNumber)  \(day.stage)")
            for event in day.events {
                for fact in event.facts { lines.append("  set      \(fact.path) = \(fact.json)") }
                if let referral = event.referral {
                    lines.append("  outcome  \(referral.service): \(referral.status.rawValue)")
                }
                if let note = event.note { lines.append("  note     \(note)") }
            }
            for alert in day.newAlerts {
                lines.append("  alert    \(alert.level.rawValue) \(alert.rule)" + reason(alert.because))
            }
            if let hold = day.holdChange {
                lines.append(hold ? "  hold     on hold: the stage cannot move" : "  hold     released")
            }
            for referral in day.referrals {
                lines.append(
                    "  refer    \(referral.service) (pending) [\(referral.rules.joined(separator: ", "))]"
                )
                for because in referral.because {
                    lines.append("           because \(because.text(in: language))")
                }
            }
            if let move = day.move {
                let via = move.via == .branch ? "branch \(move.branch ?? "")" : "next"
                lines.append("  move     \(day.stage) → \(move.to) (\(via))" + reason(move.because))
            }
        }
        lines.append("")
        let status = result.isComplete ? "complete" : "not complete"
        lines.append(
            "stage reached: \(result.finalStage) (\(status)); stopped: \(result.stop.rawValue)"
        )
        lines.append("days in each stage:")
        for (stage, days) in result.daysByStage { lines.append("  \(stage): \(days)") }
        let made = result.referrals.filter { $0.status == .pending }
        lines.append("referrals made: \(made.count)")
        for record in made {
            let final =
                result.referrals.last { $0.service == record.service }?.status.rawValue ?? "pending"
            lines.append("  \(record.date)  \(record.service) (now \(final))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func reason(_ text: LocalizedText?) -> String {
        text.map { " — " + $0.text(in: language) } ?? ""
    }
}
