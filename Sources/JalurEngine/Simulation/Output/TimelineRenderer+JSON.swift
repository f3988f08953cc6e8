import JalurModel

extension TimelineRenderer {
    /// The timeline as one JSON object (two-space indentation is not used; one line, deterministic order).
    public func json(_ result: TimelineResult) -> String {
        JSONComposer.document { json in
            json.member("resident", result.resident)
            json.member("workflow", result.workflow)
            json.member("start", result.start.description)
            json.member("end", result.end.description)
            json.member("stop", result.stop.rawValue)
            json.objects("days", result.days) { write($1, to: &$0) }
            json.object("summary") { writeSummary(of: result, to: &$0) }
        }
    }

    private func writeSummary(of result: TimelineResult, to json: inout JSONComposer) {
        json.member("stage", result.finalStage)
        json.member("complete", result.isComplete)
        json.object("days_in_stage", members: result.daysByStage) { $0.member($1.stage, $1.days) }
        json.objects("stays", result.stays) { json, stay in
            json.member("stage", stay.stage)
            json.member("from", stay.from.description)
            json.member("to", stay.isOpen ? nil : stay.to.description)
            json.member("days", stay.days)
        }
        json.objects("referrals", result.referrals) { json, record in
            json.member("service", record.service)
            json.member("status", record.status.rawValue)
            json.member("date", record.date.description)
        }
    }

    private func write(_ day: TimelineDay, to json: inout JSONComposer) {
        json.member("date", day.day.description)
        json.member("day", day.dayNumber)
        json.member("stage", day.stage)
        json.objects("events", day.events) { json, event in
            json.object("set", members: event.facts) { $0.member($1.path, raw: $1.json) }
            json.object("referral", event.referral) { json, referral in
                json.member("service", referral.service)
                json.member("status", referral.status.rawValue)
            }
            json.member("note", event.note)
        }
        json.objects("alerts", day.newAlerts) { json, alert in
            json.member("rule", alert.rule)
            json.member("level", alert.level.rawValue)
            json.member("because", alert.because?.text(in: language))
        }
        json.member("on_hold", day.holdChange)
        json.objects("referrals", day.referrals) { json, referral in
            json.member("service", referral.service)
            json.member("rules", strings: referral.rules)
            json.member("urgency", referral.urgency.rawValue)
            json.member("because", strings: referral.because.map { $0.text(in: language) })
        }
        json.object("move", day.move) { json, move in
            json.member("from", day.stage)
            json.member("to", move.to)
            json.member("via", move.via.rawValue)
            json.member("branch", move.branch)
            json.member("because", move.because?.text(in: language))
        }
    }
}
