import JalurModel

extension CohortRenderer {
    /// The report as one JSON object.
    public func json(_ report: CohortReport) -> String {
        var json = JSONComposer(isSpaced: true)
        json.beginObject()
        json.key("scenario")
        json.string(report.scenario)
        json.key("workflow")
        json.string(report.workflow)
        json.key("seed")
        json.raw(String(report.seed))
        json.key("start")
        json.string(report.start.description)
        json.key("days")
        json.int(report.days)
        json.key("admissions")
        json.int(report.admissions)
        json.key("discharges")
        json.beginObject()
        for (stage, count) in report.discharges {
            json.key(stage)
            json.int(count)
        }
        json.endObject()
        json.key("present_at_end")
        json.int(report.presentAtEnd)
        json.key("length_of_stay")
        json.beginObject()
        for (index, stage) in report.stages.enumerated() {
            json.key(stage.id)
            writeStats(report.stayDays[index], to: &json)
        }
        json.key("overall")
        writeStats(report.lengthsOfStay, to: &json)
        json.endObject()
        json.key("weeks")
        json.beginArray()
        for week in 0..<report.weekCount { writeWeek(week, of: report, to: &json) }
        json.endArray()
        json.key("services")
        json.beginArray()
        for load in report.services {
            json.beginObject()
            json.key("service")
            json.string(load.service)
            json.key("capacity_per_week")
            if let capacity = load.capacity { json.int(capacity) } else { json.null() }
            json.key("total")
            json.int(load.total)
            json.key("weekly")
            json.raw("[" + load.weekly.map(String.init).joined(separator: ", ") + "]")
            json.key("over_capacity_weeks")
            json.raw("[" + load.overCapacityWeeks.map { String($0 + 1) }.joined(separator: ", ") + "]")
            json.endObject()
        }
        json.endArray()
        json.key("evaluations")
        json.int(report.evaluations)
        json.key("undetermined_evaluations")
        json.int(report.undeterminedEvaluations)
        json.key("undetermined_percent")
        json.raw(Statistics.percent(report.undeterminedEvaluations, of: report.evaluations))
        json.key("missing_facts")
        json.beginArray()
        for fact in report.missingFacts {
            json.beginObject()
            json.key("fact")
            json.string(fact.path)
            json.key("evaluations")
            json.int(fact.count)
            json.endObject()
        }
        json.endArray()
        json.key("events")
        json.beginObject()
        for (id, count) in report.eventCounts {
            json.key(id)
            json.int(count)
        }
        json.endObject()
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }

    private func writeStats(_ values: [Int], to json: inout JSONComposer) {
        json.beginObject()
        json.key("count")
        json.int(values.count)
        json.key("median")
        if let median = Statistics.percentile(50, of: values) { json.int(median) } else { json.null() }
        json.key("p90")
        if let p90 = Statistics.percentile(90, of: values) { json.int(p90) } else { json.null() }
        json.endObject()
    }

    private func writeWeek(_ week: Int, of report: CohortReport, to json: inout JSONComposer) {
        json.beginObject()
        json.key("week")
        json.int(week + 1)
        json.key("start")
        json.string(report.weekStart(week).description)
        json.key("admissions")
        json.int(report.weekTotal(report.dailyAdmissions, week: week))
        json.key("discharges")
        json.int(report.weekTotal(report.dailyDischarges, week: week))
        json.key("occupancy")
        json.beginObject()
        for (stage, count) in zip(report.stages, report.weekOccupancy(week)) {
            json.key(stage.id)
            json.int(count)
        }
        json.endObject()
        json.endObject()
    }
}
