import Foundation
import JalurTestSupport
import Testing

/// Usage errors of `jalur validate` exit 2 and say how to call it, before any file is read.
struct ValidateUsageTests {
    static let directory = Repository.root.appending(path: "Tests/JalurEndToEndTests/Fixtures")

    @Test(arguments: ["--format=xml", "--no-such-flag", "--format"])
    func usageErrorsExitTwo(argument: String) throws {
        let run = try runJalur(arguments: ["validate", argument], in: Self.directory)
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("Usage: jalur validate"), "\(run)")
    }

    @Test func helpDescribesTheFormatsAndStrict() throws {
        let run = try runJalur(arguments: ["validate", "--help"], in: Self.directory)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("--format <format>") && run.stdout.contains("--strict"))
        #expect(run.stdout.contains("text, json, github or sarif"))
    }
}
