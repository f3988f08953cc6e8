import Foundation
import JalurTestSupport
import Testing

/// `jalur simulate --scenario ID`: a hand-computed small scenario, invariants, determinism, chart and csv.
struct SimulateCohortTests {
    static let small = Repository.root.appendingPathComponent(
        "Tests/JalurEndToEndTests/Fixtures/simulate/program"
    ).path

    enum Failure: Error { case notJSON }

    func cohort(_ arguments: [String]) throws -> JalurRun {
        try runJalur(arguments: ["simulate"] + arguments, in: Repository.root)
    }

    func json(_ run: JalurRun) throws -> [String: Any] {
        guard
            let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        else {
            throw Failure.notJSON
        }
        return object
    }

    /// A small scenario whose figures are computed by hand.
    ///
    /// One admission a day; intake lasts 2 days (min_days), done 1 day; everyone is referred to `svc`
    /// (capacity 5) on admission; the `flagged` event is certain. Over 14 days: 14 admissions, residents
    /// admitted on days 0–10 are discharged on day +3, 3 remain (2 in intake, 1 in done).
    @Test func smallScenarioMatchesHandComputedFigures() throws {
        let object = try json(
            try cohort(["--scenario", "hand", "--program", Self.small, "--format", "json"])
        )
        #expect(object["admissions"] as? Int == 14)
        #expect((object["discharges"] as? [String: Any])?["done"] as? Int == 11)
        #expect(object["present_at_end"] as? Int == 3)
        let stays = try #require(object["length_of_stay"] as? [String: [String: Any]])
        #expect(stays["intake"]?["count"] as? Int == 12)
        #expect(stays["intake"]?["median"] as? Int == 2)
        #expect(stays["done"]?["count"] as? Int == 11)
        #expect(stays["overall"]?["median"] as? Int == 3)
        #expect(stays["overall"]?["p90"] as? Int == 3)
        let weeks = try #require(object["weeks"] as? [[String: Any]])
        #expect(weeks.map { $0["admissions"] as? Int } == [7, 7])
        #expect(weeks.map { $0["discharges"] as? Int } == [4, 7])
        #expect((weeks.last?["occupancy"] as? [String: Int]) == ["intake": 2, "done": 1])
        let services = try #require(object["services"] as? [[String: Any]])
        #expect(services.first?["weekly"] as? [Int] == [7, 7])
        #expect(services.first?["over_capacity_weeks"] as? [Int] == [1, 2])
        #expect(object["evaluations"] as? Int == 50)
        #expect((object["events"] as? [String: Int])?["flagged"] == 14)
    }

    @Test func baselineCountsAddUpAndFlagsMatchCapacity() throws {
        let object = try json(
            try cohort(["--scenario", "medan-plus-baseline", "--days", "140", "--format", "json"])
        )
        let admissions = try #require(object["admissions"] as? Int)
        let discharged = (object["discharges"] as? [String: Int] ?? [:]).values.reduce(0, +)
        let present = try #require(object["present_at_end"] as? Int)
        #expect(admissions == discharged + present)
        let weeks = try #require(object["weeks"] as? [[String: Any]])
        #expect(weeks.compactMap { $0["admissions"] as? Int }.reduce(0, +) == admissions)
        #expect(weeks.compactMap { $0["discharges"] as? Int }.reduce(0, +) == discharged)
        #expect((weeks.last?["occupancy"] as? [String: Int] ?? [:]).values.reduce(0, +) == present)
        var cumulative = 0
        for week in weeks {
            cumulative += (week["admissions"] as? Int ?? 0) - (week["discharges"] as? Int ?? 0)
            #expect((week["occupancy"] as? [String: Int] ?? [:]).values.reduce(0, +) == cumulative)
        }
        let services = try #require(object["services"] as? [[String: Any]])
        for service in services {
            let weekly = service["weekly"] as? [Int] ?? []
            let flagged = service["over_capacity_weeks"] as? [Int] ?? []
            if let capacity = service["capacity_per_week"] as? Int {
                #expect(flagged == weekly.indices.filter { weekly[$0] > capacity }.map { $0 + 1 })
            } else {
                #expect(flagged.isEmpty)
            }
            #expect(weekly.reduce(0, +) == service["total"] as? Int)
        }
    }

    @Test func sameSeedGivesIdenticalOutputAndAnotherSeedDiffers() throws {
        let arguments = ["--scenario", "medan-plus-baseline", "--days", "60", "--format", "csv"]
        let first = try cohort(arguments + ["--seed", "7"])
        let second = try cohort(arguments + ["--seed", "7"])
        let other = try cohort(arguments + ["--seed", "8"])
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout == second.stdout)
        #expect(first.stdout != other.stdout)
        #expect(first.stdout.hasPrefix("week,start,end,admissions,discharges,occupancy_preparation"))
    }

    @Test func writesADeterministicLabelledChart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jalur-chart-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = folder.appendingPathComponent("one.svg").path
        let two = folder.appendingPathComponent("two.svg").path
        let base = ["--scenario", "medan-plus-baseline", "--days", "70"]
        #expect(try cohort(base + ["--chart", one]).status == 0)
        #expect(try cohort(base + ["--chart", two]).status == 0)
        let first = try String(contentsOfFile: one, encoding: .utf8)
        let second = try String(contentsOfFile: two, encoding: .utf8)
        #expect(first == second)
        #expect(first.hasPrefix("<svg "))
        #expect(first.contains(">Program implementation "))
        #expect(first.contains("capacity (100%)"))
    }

    @Test func unknownScenarioSuggestsTheClosest() throws {
        let run = try cohort(["--scenario", "medan-plus-baselin"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("did you mean 'medan-plus-baseline'?"), "\(run)")
    }

    @Test func modesAreExclusive() throws {
        let run = try cohort(["--scenario", "medan-plus-baseline", "--until", "2026-01-01"])
        #expect(run.status == 2, "\(run)")
    }
}
