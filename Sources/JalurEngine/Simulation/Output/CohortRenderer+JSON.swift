import JalurModel

extension CohortRenderer {
    /// The report as one JSON object.
    public func json(_ report: CohortReport) -> String {
        JSONComposer.document { json in
            json.member("scenario", report.scenario)
            json.member("workflow", report.workflow)
            json.member("seed", raw: String(report.seed))
            json.member("start", report.start.description)
            json.member("days", report.days)
            json.member("admissions", report.admissions)
            json.object("discharges", members: report.discharges) { $0.member($1.stage, $1.count) }
            json.member("present_at_end", report.presentAtEnd)
            json.object("length_of_stay") { json in
                for (index, stage) in report.stages.enumerated() {
                    json.object(stage.id) { writeStats(report.stayDays[index], to: &$0) }
                }
                json.object("overall") { writeStats(report.lengthsOfStay, to: &$0) }
            }
            json.objects("weeks", 0..<report.weekCount) { writeWeek($1, of: report, to: &$0) }
            json.objects("services", report.services) { writeLoad($1, to: &$0) }
            json.member("evaluations", report.evaluations)
            json.member("undetermined_evaluations", report.undeterminedEvaluations)
            json.member(
                "undetermined_percent",
                raw: Statistics.percent(report.undeterminedEvaluations, of: report.evaluations)
            )
            json.objects("missing_facts", report.missingFacts) { json, fact in
                json.member("fact", fact.path)
                json.member("evaluations", fact.count)
            }
            json.object("events", members: report.eventCounts) { $0.member($1.id, $1.count) }
        }
    }

    private func writeStats(_ values: [Int], to json: inout JSONComposer) {
        json.member("count", values.count)
        json.member("median", Statistics.percentile(50, of: values))
        json.member("p90", Statistics.percentile(90, of: values))
    }

    private func writeWeek(_ week: Int, of report: CohortReport, to json: inout JSONComposer) {
        json.member("week", week + 1)
        json.member("start", report.weekStart(week).description)
        json.member("admissions", report.weekTotal(report.dailyAdmissions, week: week))
        json.member("discharges", report.weekTotal(report.dailyDischarges, week: week))
        json.object("occupancy", members: zip(report.stages, report.weekOccupancy(week))) {
            $0.member($1.0.id, $1.1)
        }
    }

    private func writeLoad(_ load: ServiceLoad, to json: inout JSONComposer) {
        json.member("service", load.service)
        json.member("capacity_per_week", load.capacity)
        json.member("total", load.total)
        json.member("weekly", raw: "[" + load.weekly.map(String.init).joined(separator: ", ") + "]")
        json.member(
            "over_capacity_weeks",
            raw: "[" + load.overCapacityWeeks.map { String($0 + 1) }.joined(separator: ", ") + "]"
        )
    }
}
