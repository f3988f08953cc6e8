import Foundation
import JalurTestSupport
import Testing

/// `jalur validate` interprets every `kind: scenario` document, as `jalur simulate --scenario` does.
struct ValidateScenarioTests {
    static let fixtures = Repository.root.appending(path: "Tests/JalurEndToEndTests/Fixtures")
    static let broken = "validate/scenario/bad-scenario.yaml"

    @Test func scenarioErrorsFailValidateAtTheirLineAndColumn() throws {
        let run = try runJalur(arguments: ["validate", Self.broken], in: Self.fixtures)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty)
        let headings = run.stderr.split(separator: "\n").filter { $0.hasPrefix(Self.broken) }
        #expect(headings.count == 2, "\(run)")
        let unknown = try #require(headings.first)
        #expect(unknown.hasPrefix("\(Self.broken):50:5: error: "))
        #expect(unknown.hasSuffix(" [unknown-fact]"))
        let distribution = try #require(headings.last)
        #expect(distribution.hasPrefix("\(Self.broken):51:30: error: "))
        #expect(distribution.hasSuffix(" [invalid-distribution]"))
        #expect(run.stderr.contains("help: did you mean 'resident.flag'?"))
        #expect(run.stderr.contains("failed: 2 errors;"))
    }

    @Test func scenarioErrorsAppearInJSONOutput() throws {
        let run = try runJalur(arguments: ["validate", "--format", "json", Self.broken], in: Self.fixtures)
        #expect(run.status == 1, "\(run)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let codes = diagnostics.map { "\($0["line"] ?? ""):\($0["column"] ?? "") \($0["code"] ?? "")" }
        #expect(codes == ["50:5 unknown-fact", "51:30 invalid-distribution"], "\(run)")
    }

    @Test func validScenarioProgramsStillValidate() throws {
        let small = try runJalur(arguments: ["validate", "--strict", "simulate/program"], in: Self.fixtures)
        #expect(small.status == 0, "\(small)")
        let shipped = try runJalur(arguments: ["validate", "--strict"], in: Repository.root)
        #expect(shipped.status == 0, "\(shipped)")
        #expect(shipped.stderr.isEmpty, "\(shipped)")
    }
}
