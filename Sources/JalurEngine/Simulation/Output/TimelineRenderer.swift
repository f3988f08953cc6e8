public import JalurModel

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

    /// The timeline as one JSON object (two-space indentation is not used; one line, deterministic order).
    public func json(_ result: TimelineResult) -> String {
        var json = JSONComposer(isSpaced: true)
        json.beginObject()
        json.key("resident")
        json.string(result.resident)
        json.key("workflow")
        json.string(result.workflow)
        json.key("start")
        json.string(result.start.description)
        json.key("end")
        json.string(result.end.description)
        json.key("stop")
        json.string(result.stop.rawValue)
        json.key("days")
        json.beginArray()
        for day in result.days { write(day, to: &json) }
        json.endArray()
        json.key("summary")
        json.beginObject()
        json.key("stage")
        json.string(result.finalStage)
        json.key("complete")
        json.bool(result.isComplete)
        json.key("days_in_stage")
        json.beginObject()
        for (stage, days) in result.daysByStage {
            json.key(stage)
            json.int(days)
        }
        json.endObject()
        json.key("stays")
        json.beginArray()
        for stay in result.stays {
            json.beginObject()
            json.key("stage")
            json.string(stay.stage)
            json.key("from")
            json.string(stay.from.description)
            json.key("to")
            json.string(stay.isOpen ? nil : stay.to.description)
            json.key("days")
            json.int(stay.days)
            json.endObject()
        }
        json.endArray()
        json.key("referrals")
        json.beginArray()
        for record in result.referrals {
            json.beginObject()
            json.key("service")
            json.string(record.service)
            json.key("status")
            json.string(record.status.rawValue)
            json.key("date")
            json.string(record.date.description)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }

    private func write(_ day: TimelineDay, to json: inout JSONComposer) {
        json.beginObject()
        json.key("date")
        json.string(day.day.description)
        json.key("day")
        json.int(day.dayNumber)
        json.key("stage")
        json.string(day.stage)
        json.key("events")
        json.beginArray()
        for event in day.events {
            json.beginObject()
            json.key("set")
            json.beginObject()
            for fact in event.facts {
                json.key(fact.path)
                json.raw(fact.json)
            }
            json.endObject()
            json.key("referral")
            if let referral = event.referral {
                json.beginObject()
                json.key("service")
                json.string(referral.service)
                json.key("status")
                json.string(referral.status.rawValue)
                json.endObject()
            } else {
                json.null()
            }
            json.key("note")
            json.string(event.note)
            json.endObject()
        }
        json.endArray()
        json.key("alerts")
        json.beginArray()
        for alert in day.newAlerts {
            json.beginObject()
            json.key("rule")
            json.string(alert.rule)
            json.key("level")
            json.string(alert.level.rawValue)
            json.key("because")
            json.string(alert.because?.text(in: language))
            json.endObject()
        }
        json.endArray()
        json.key("on_hold")
        if let hold = day.holdChange { json.bool(hold) } else { json.null() }
        json.key("referrals")
        json.beginArray()
        for referral in day.referrals {
            json.beginObject()
            json.key("service")
            json.string(referral.service)
            json.key("rules")
            json.strings(referral.rules)
            json.key("urgency")
            json.string(referral.urgency.rawValue)
            json.key("because")
            json.strings(referral.because.map { $0.text(in: language) })
            json.endObject()
        }
        json.endArray()
        json.key("move")
        if let move = day.move {
            json.beginObject()
            json.key("from")
            json.string(day.stage)
            json.key("to")
            json.string(move.to)
            json.key("via")
            json.string(move.via.rawValue)
            json.key("branch")
            json.string(move.branch)
            json.key("because")
            json.string(move.because?.text(in: language))
            json.endObject()
        } else {
            json.null()
        }
        json.endObject()
    }
}
