import Foundation
import JalurTestSupport
import Testing

/// `jalur simulate RESIDENT --events FILE` on the shipped program and the shipped example timelines.
struct SimulateTimelineTests {
    static let timelines = Repository.root.appendingPathComponent("Examples/timelines")

    /// The shipped timelines: resident and events file names.
    static func examples() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: timelines.path)
            .filter { $0.hasSuffix(".events.yaml") }.map { String($0.dropLast(".events.yaml".count)) }
            .sorted()
        guard !names.isEmpty else { throw FixtureError.none }
        return names
    }

    enum FixtureError: Error { case none, notJSON }

    func simulate(_ name: String, _ extra: [String] = []) throws -> JalurRun {
        let resident = Self.timelines.appendingPathComponent("\(name).resident.yaml").path
        let events = Self.timelines.appendingPathComponent("\(name).events.yaml").path
        return try runJalur(
            arguments: ["simulate", resident, "--events", events] + extra,
            in: Repository.root
        )
    }

    func json(_ run: JalurRun) throws -> [String: Any] {
        guard
            let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        else {
            throw FixtureError.notJSON
        }
        return object
    }

    func days(_ object: [String: Any]) -> [[String: Any]] { object["days"] as? [[String: Any]] ?? [] }

    func day(_ date: String, in object: [String: Any]) -> [String: Any]? {
        days(object).first { $0["date"] as? String == date }
    }

    @Test(arguments: try examples())
    func shippedTimelineRunsToAnEnd(_ name: String) throws {
        let run = try simulate(name)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.stdout.contains("stage reached: termination (complete); stopped: terminal-complete"),
            "\(run)"
        )
    }

    @Test func recoveryMovesOnTheDayItsRecordsArrive() throws {
        let object = try json(try simulate("recovery", ["--format", "json"]))
        let intake = try #require(day("2026-01-06", in: object))
        let events = intake["events"] as? [[String: Any]] ?? []
        #expect(
            (events.first?["set"] as? [String: Any])?["resident.exit_checklist.intake_complete"] as? Bool
                == true
        )
        let move = try #require(intake["move"] as? [String: Any])
        #expect(move["from"] as? String == "preparation")
        #expect(move["to"] as? String == "assessment")
        #expect(move["via"] as? String == "next")
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["stage"] as? String == "termination")
        #expect(summary["complete"] as? Bool == true)
        let stays = summary["stays"] as? [[String: Any]] ?? []
        #expect(stays.first?["stage"] as? String == "preparation")
        #expect(stays.first?["days"] as? Int == 1)
    }

    @Test func suggestedReferralBecomesPendingThatDay() throws {
        let object = try json(try simulate("recovery", ["--format", "json"]))
        let summary = try #require(object["summary"] as? [String: Any])
        let referrals = summary["referrals"] as? [[String: Any]] ?? []
        for referral in referrals {
            let date = try #require(referral["date"] as? String)
            let service = try #require(referral["service"] as? String)
            let made = try #require(day(date, in: object))
            let services = (made["referrals"] as? [[String: Any]] ?? []).compactMap {
                $0["service"] as? String
            }
            #expect(services.contains(service), "\(service) on \(date)")
            #expect(referral["status"] as? String == "pending")
        }
        #expect(!referrals.isEmpty)
    }

    @Test func secondRelapseSendsTheResidentBackToAssessment() throws {
        let object = try json(try simulate("relapse", ["--format", "json"]))
        let first = try #require(day("2026-03-01", in: object))
        #expect(first["move"] is NSNull)
        let second = try #require(day("2026-03-20", in: object))
        let move = try #require(second["move"] as? [String: Any])
        #expect(move["to"] as? String == "assessment")
        #expect(move["branch"] as? String == "repeated-relapse")
    }

    @Test func earlyDischargeBranchesToTermination() throws {
        let object = try json(try simulate("early-discharge", ["--format", "json"]))
        let asked = try #require(day("2026-01-15", in: object))
        let move = try #require(asked["move"] as? [String: Any])
        #expect(move["to"] as? String == "termination")
        #expect(move["via"] as? String == "branch")
        #expect(move["branch"] as? String == "early-discharge")
    }

    @Test func stopsAtUntil() throws {
        let object = try json(try simulate("recovery", ["--format", "json", "--until", "2026-01-20"]))
        #expect(object["end"] as? String == "2026-01-20")
        #expect(object["stop"] as? String == "until")
        let dates = days(object).compactMap { $0["date"] as? String }
        #expect(dates.allSatisfy { $0 <= "2026-01-20" })
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["complete"] as? Bool == false)
    }

    @Test func reportsAnUnknownFactWithItsPosition() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jalur-sim-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let events = folder.appendingPathComponent("bad.events.yaml")
        try "events:\n  - date: 2026-01-06\n    set: {resident.cows_scor: 4}\n".write(
            to: events,
            atomically: true,
            encoding: .utf8
        )
        let resident = Self.timelines.appendingPathComponent("recovery.resident.yaml").path
        let run = try runJalur(
            arguments: ["simulate", resident, "--events", events.path],
            in: Repository.root
        )
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "bad.events.yaml:3:11: error: the facts schema has no field 'cows_scor' in 'resident'"
            ),
            "\(run)"
        )
        #expect(run.stderr.contains("did you mean 'resident.cows_score'?"), "\(run)")
        #expect(!run.stderr.contains("changes nothing"), "\(run)")
    }
}
