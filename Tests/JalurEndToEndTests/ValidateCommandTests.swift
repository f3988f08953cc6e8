import Foundation
import JalurTestSupport
import Testing

/// `jalur validate` run as a user runs it: exit codes, output streams, formats and `--strict`.
struct ValidateCommandTests {
    static let fixtures = Repository.root.appending(path: "Tests/JalurEndToEndTests/Fixtures/validate")
    static let clean = fixtures.appending(path: "clean")
    static let withError = "codes/unknown-service.yaml"
    static let withWarning = "codes/unused-service.yaml"
    static let cleanSummary = "ok: 4 documents, 1 workflow (3 stages), 2 rules, 2 services\n"

    @Test func cleanProgramExitsZeroWithASummary() throws {
        let run = try runJalur(arguments: ["validate"], in: Self.clean)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == Self.cleanSummary)
        #expect(run.stderr.isEmpty)
    }

    @Test func pathsMayBeGivenAsArgumentsOrWithProgram() throws {
        let arguments = try runJalur(arguments: ["validate", "Workflows", "Rules"], in: Self.clean)
        let options = try runJalur(
            arguments: ["validate", "--program", "Workflows", "--program", "Rules"],
            in: Self.clean
        )
        #expect(arguments.stdout == Self.cleanSummary, "\(arguments)")
        #expect(options.stdout == Self.cleanSummary, "\(options)")
    }

    @Test func errorsExitOneWithCompilerStyleDiagnostics() throws {
        let run = try runJalur(arguments: ["validate", Self.withError], in: Self.fixtures)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        let heading = try #require(lines.first)
        #expect(heading.hasPrefix("\(Self.withError):41:12: error: "))
        #expect(heading.hasSuffix(" [unknown-service]"))
        #expect(lines[1] == "    refer: clinc")
        #expect(lines[2] == "           ^")
        #expect(lines[3] == "help: did you mean 'clinic'?")
        #expect(run.stderr.hasSuffix("failed: 1 error; 4 documents, 1 workflow (3 stages), 2 rules, 1 service\n"))
        #expect(!run.stderr.contains("\u{1B}["), "no colour when not a terminal")
    }

    @Test func warningsPassUnlessStrict() throws {
        let relaxed = try runJalur(arguments: ["validate", Self.withWarning], in: Self.fixtures)
        #expect(relaxed.status == 0, "\(relaxed)")
        #expect(relaxed.stderr.contains("warning: service 'legal-aid'"))
        #expect(relaxed.stdout.hasPrefix("ok: 1 warning; "))
        let strict = try runJalur(arguments: ["validate", "--strict", Self.withWarning], in: Self.fixtures)
        #expect(strict.status == 1, "\(strict)")
        #expect(strict.stdout.isEmpty)
        #expect(strict.stderr.hasSuffix("\n") && strict.stderr.contains("failed: 1 warning (--strict); "))
    }

    @Test func strictPassesACleanProgram() throws {
        #expect(try runJalur(arguments: ["validate", "--strict"], in: Self.clean).status == 0)
    }

    @Test func missingPathIsAnInputError() throws {
        let run = try runJalur(arguments: ["validate", "no-such-folder"], in: Self.clean)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("no-such-folder"))
    }

    @Test(arguments: ["json", "github", "sarif"])
    func machineFormatsWriteOnlyToStandardOutput(format: String) throws {
        let run = try runJalur(arguments: ["validate", "--format", format, Self.withError], in: Self.fixtures)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        #expect(run.stdout.contains("unknown-service"))
        if format != "github" {
            #expect((try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) != nil, "valid JSON")
        } else {
            #expect(run.stdout.hasPrefix("::error file=\(Self.withError),line=41,col=12,title=unknown-service::"))
        }
    }

    @Test func jsonSummaryCountsTheProgram() throws {
        let run = try runJalur(arguments: ["validate", "--format", "json", "--strict"], in: Self.clean)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["passed"] as? Bool == true)
        #expect(summary["strict"] as? Bool == true)
        #expect(summary["documents"] as? Int == 4)
        #expect(summary["stages"] as? Int == 3)
        #expect(summary["services"] as? Int == 2)
        #expect((root["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let all = try ValidateCodeFixtureTests.cases().map(\.url.path)
        let first = try runJalur(arguments: ["validate", "--format", "sarif"] + all, in: Self.fixtures)
        let second = try runJalur(arguments: ["validate", "--format", "sarif"] + all, in: Self.fixtures)
        #expect(first.stdout == second.stdout)
        #expect(first.status == 1)
    }

    @Test func loaderErrorsAreNotFollowedByTheirConsequences() throws {
        let run = try runJalur(arguments: ["validate", "--format", "json", "cascade"], in: Self.fixtures)
        #expect(run.status == 1, "\(run)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let codes = try #require(root["diagnostics"] as? [[String: Any]]).compactMap { $0["code"] as? String }
        #expect(codes.sorted() == ["missing-key", "unknown-key"], "no unknown-stage, no dead end: \(run)")
    }
}
