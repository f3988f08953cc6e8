import Foundation
import JalurTestSupport
import Testing

/// `jalur diff` between the shipped program and a copy with one threshold changed, from paths and from git.
struct DiffCommandTests {
    static let residents = Repository.root.appending(path: "Tests/JalurEndToEndTests/Fixtures/diff/residents").path
    static let original = "resident.cows_score >= 13"
    static let lowered = "resident.cows_score >= 10"

    /// A temporary copy of the shipped Workflows and Rules with the COWS cut-off of moderate opioid
    /// withdrawal lowered from 13 to 10.
    static func changedProgram() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "jalur-diff-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["Workflows", "Rules"] {
            try FileManager.default.copyItem(
                at: Repository.root.appending(path: name),
                to: folder.appending(path: name)
            )
        }
        try lowerThreshold(in: folder)
        return folder
    }

    static func lowerThreshold(in folder: URL) throws {
        let file = folder.appending(path: "Rules/referrals-safety.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let occurrences = text.components(separatedBy: original).count - 1
        try #require(occurrences == 1, "the shipped detox rule no longer reads '\(original)'")
        try text.replacingOccurrences(of: original, with: lowered).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func namesExactlyTheResidentsWhoseReferralsChange() throws {
        let after = try Self.changedProgram()
        defer { try? FileManager.default.removeItem(at: after) }
        let arguments = [
            "diff", "--before", "Workflows", "--before", "Rules", "--after", after.path, "--as-of", "2026-04-01",
            "--format", "json", Self.residents,
        ]
        let run = try runJalur(arguments: arguments, in: Repository.root)
        #expect(run.status == 0, "\(run)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let changed = try #require(object["changed_residents"] as? [[String: Any]])
        #expect(changed.map { $0["resident"] as? String } == ["D-02", "D-03"])
        #expect(object["residents"] as? Int == 4)
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.map { $0["rule"] as? String } == ["opioid-withdrawal-detox"])
    }

    @Test func textGroupsByRuleWithCounts() throws {
        let after = try Self.changedProgram()
        defer { try? FileManager.default.removeItem(at: after) }
        let arguments = [
            "diff", "--before", "Workflows", "--before", "Rules", "--after", after.path, "--as-of", "2026-04-01",
            Self.residents,
        ]
        let run = try runJalur(arguments: arguments, in: Repository.root)
        let expected = """
            rule opioid-withdrawal-detox: 2 residents
              D-02: referral medical-detox added (urgent)
              D-03: referral medical-detox added (urgent)

            2 of 4 residents change: 2 referrals added (as of 2026-04-01)

            """
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == expected)
    }

    @Test func readsJSONLinesBatches() throws {
        let after = try Self.changedProgram()
        defer { try? FileManager.default.removeItem(at: after) }
        let batch = Repository.root.appending(path: "Tests/JalurEndToEndTests/Fixtures/diff/batch.jsonl").path
        let arguments = [
            "diff", "--before", "Workflows", "--before", "Rules", "--after", after.path, "--as-of", "2026-04-01", batch,
        ]
        let run = try runJalur(arguments: arguments, in: Repository.root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasPrefix("rule opioid-withdrawal-detox: 1 resident\n  J-02: referral medical-detox added"))
        #expect(run.stdout.hasSuffix("1 of 2 residents change: 1 referral added (as of 2026-04-01)\n"))
    }

    @Test func markdownHasASummaryTableAndARuleSection() throws {
        let after = try Self.changedProgram()
        defer { try? FileManager.default.removeItem(at: after) }
        let arguments = [
            "diff", "--before", "Workflows", "--before", "Rules", "--after", after.path, "--as-of", "2026-04-01",
            "--format", "markdown", Self.residents,
        ]
        let run = try runJalur(arguments: arguments, in: Repository.root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("| `rule opioid-withdrawal-detox` | 2 | 2 |\n"))
        #expect(
            run.stdout.contains(
                "#### `rule opioid-withdrawal-detox`\n\n- `D-02`: referral medical-detox added (urgent)\n"
            )
        )
    }

    @Test func unchangedProgramsReportNothingAndExitZeroEvenWithExitCode() throws {
        let arguments = [
            "diff", "--before", "Workflows", "--before", "Rules", "--as-of", "2026-04-01", "--exit-code",
            Self.residents,
        ]
        let run = try runJalur(arguments: arguments, in: Repository.root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == "0 of 4 residents change (as of 2026-04-01)\n")
    }

    /// The program sits in a subfolder of the repository, so revision paths must follow the working folder.
    @Test func readsTheBeforeProgramFromAGitRevision() throws {
        let repository = FileManager.default.temporaryDirectory.appending(path: "jalur-diff-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: repository) }
        let program = repository.appending(path: "program")
        try FileManager.default.createDirectory(at: program, withIntermediateDirectories: true)
        for name in ["Workflows", "Rules"] {
            try FileManager.default.copyItem(
                at: Repository.root.appending(path: name),
                to: program.appending(path: name)
            )
        }
        // Commit the shipped rules, then lower the threshold in the working tree.
        let git = ["-c", "user.name=test", "-c", "user.email=test@example.org"]
        for command in [["init", "-q"], ["add", "-A"], git + ["commit", "-q", "-m", "shipped rules"]] {
            let status = try Self.git(command, in: repository)
            try #require(status == 0, "git \(command.joined(separator: " ")) failed")
        }
        try Self.lowerThreshold(in: program)
        let temporary = FileManager.default.temporaryDirectory.path
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: temporary))
        let arguments = ["diff", "--before", "git:HEAD", "--as-of", "2026-04-01", "--exit-code", Self.residents]
        let run = try runJalur(arguments: arguments, in: program)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.hasPrefix("rule opioid-withdrawal-detox: 2 residents\n  D-02: "))
        #expect(run.stdout.hasSuffix("2 of 4 residents change: 2 referrals added (as of 2026-04-01)\n"))
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: temporary))
        let leftOver = after.subtracting(before).filter {
            $0.hasPrefix("jalur-diff-") && !$0.hasPrefix("jalur-diff-test-")
        }
        #expect(leftOver.isEmpty, "temporary program folders left behind: \(leftOver.sorted())")
    }

    @Test func anUnknownRevisionIsAnError() throws {
        let arguments = ["diff", "--before", "git:no-such-branch-anywhere", "--as-of", "2026-04-01", Self.residents]
        let run = try runJalur(arguments: arguments, in: Repository.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("--before git:no-such-branch-anywhere: no such revision"))
    }

    @Test func beforeIsRequired() throws {
        let run = try runJalur(arguments: ["diff", Self.residents], in: Repository.root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--before PATH or --before git:REV"))
    }

    static func git(_ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
