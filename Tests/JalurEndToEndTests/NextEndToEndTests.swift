import Foundation
import JalurTestSupport
import Testing

/// `jalur next` on the perf program's residents: golden output in every format, byte-identical runs.
struct NextEndToEndTests {
    static let program = ["--program", "perf-program", "--as-of", "2026-04-01"]

    struct Golden: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        var testDescription: String { name }
    }

    static let goldens: [Golden] = [
        Golden(name: "batch.jsonl", arguments: ["--format", "jsonl", "next/batch.jsonl"]),
        Golden(name: "batch-caseload.txt", arguments: ["next/batch.jsonl"]),
        Golden(name: "caseload.json", arguments: ["--format", "json", "next/caseload"]),
        Golden(name: "caseload-id.txt", arguments: ["--lang", "id", "next/caseload"]),
        Golden(name: "R-000900.txt", arguments: ["next/caseload/intake/R-000900.yaml"]),
        Golden(name: "R-000900-id.txt", arguments: ["--lang", "id", "next/caseload/intake/R-000900.yaml"]),
        Golden(name: "R-000045-explain.txt", arguments: ["--explain", "next/caseload/R-000045.yaml"]),
        Golden(
            name: "R-000045-explain.json",
            arguments: ["--explain", "--format", "json", "next/caseload/R-000045.yaml"]
        ),
        Golden(name: "R-000006.json", arguments: ["--format", "json", "next/caseload/R-000006.json"]),
        Golden(
            name: "two-files.json",
            arguments: ["--format", "json", "next/caseload/R-000006.json", "next/caseload/R-000023.json"]
        ),
    ]

    @Test(arguments: goldens)
    func matchesGoldenOutput(_ golden: Golden) throws {
        let first = try runJalur(["next"] + Self.program + golden.arguments)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stderr.isEmpty)
        let expected = try NextFixtures.golden(golden.name, actual: first.stdout)
        #expect(first.stdout == expected)
        let second = try runJalur(["next"] + Self.program + golden.arguments)
        #expect(second.stdout == first.stdout)
    }

    @Test func jsonOutputParsesAndHasTheSpecFields() throws {
        let result = try runJalur(["next"] + Self.program + ["--format", "json", "next/caseload"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 4)
        let keys = [
            "resident", "workflow", "as_of", "stage", "move", "blockers", "on_hold", "referrals", "aftercare", "alerts",
            "undetermined",
        ]
        for object in array { #expect(Set(object.keys) == Set(keys)) }
        #expect(array.map { $0["resident"] as? String } == ["R-000006", "R-000023", "R-000045", "R-000900"])
    }

    @Test func jsonlHasOneParsableObjectPerResident() throws {
        let result = try runJalur(["next"] + Self.program + ["--format", "jsonl", "--explain", "next/batch.jsonl"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 12)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["trace"] is [Any])
        }
    }

    @Test func perfProgramValidatesCleanly() throws {
        let result = try runJalur(["validate", "--strict", "perf-program"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
