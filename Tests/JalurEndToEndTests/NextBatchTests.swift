import Foundation
import JalurTestSupport
import Testing

/// Batches: folder order does not matter, a bad resident is reported and the rest still evaluated.
struct NextBatchTests {
    static let program = ["--program", "perf-program", "--as-of", "2026-04-01"]

    @Test func folderOrderDoesNotDependOnCreationOrder() throws {
        let source = NextFixtures.next.appendingPathComponent("caseload")
        let files = try FileManager.default.subpathsOfDirectory(atPath: source.path).filter {
            $0.hasSuffix(".json") || $0.hasSuffix(".yaml")
        }
        #expect(files.count == 4)
        var outputs: [String] = []
        for order in [files.sorted(), files.sorted().reversed()] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            for file in order {
                let target = folder.appendingPathComponent(file)
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(),
                    withIntermediateDirectories: true
                )
                try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: target)
            }
            let result = try runJalur(["next"] + Self.program + ["--format", "jsonl", folder.path])
            #expect(result.status == 0)
            outputs.append(result.stdout)
        }
        #expect(outputs[0] == outputs[1])
        let ids = outputs[0].split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["resident"] as? String
        }
        #expect(ids == ["R-000006", "R-000023", "R-000045", "R-000900"])
    }

    @Test func badResidentIsReportedAndTheRestEvaluated() throws {
        let result = try runJalur(["next"] + Self.program + ["--format", "jsonl", "next/bad-batch.jsonl"])
        #expect(result.status == 1)
        let ids = result.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["resident"] as? String
        }
        #expect(ids == ["R-000001", "R-000003", "R-000005"])
        let expected = try String(
            contentsOf: NextFixtures.next.appendingPathComponent("bad-batch.expected"),
            encoding: .utf8
        )
        #expect(result.stderr == expected)
    }

    @Test func badYAMLResidentFailsWithLocation() throws {
        let result = try runJalur(["next"] + Self.program + ["next/bad-resident.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let expected = try String(
            contentsOf: NextFixtures.next.appendingPathComponent("bad-resident.expected"),
            encoding: .utf8
        )
        #expect(result.stderr == expected)
    }

    @Test func badAsOfIsAUsageError() throws {
        let result = try runJalur(["next"] + Self.program + ["--as-of", "2026-02-30", "next/batch.jsonl"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--as-of"))
    }

    @Test func missingFileFails() throws {
        let result = try runJalur(["next"] + Self.program + ["next/no-such-file.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("next/no-such-file.yaml:1:1: error: no such file or folder [file-not-found]"))
    }
}
