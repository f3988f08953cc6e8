import Foundation
import JalurDiagnostics
import Testing

struct MachineFormatTests {
    private let awkward = Diagnostic(
        code: "unknown-key",
        severity: .note,
        message: "100% sure: a, b\r\nand \"quoted\" \\ \u{7}",
        location: SourceLocation(file: "dir, with: colon/ä b.yaml", line: 3, column: 4),
        help: nil
    )

    @Test func githubEscapesDataAndProperties() {
        let command = GitHubRenderer().command(for: awkward)
        #expect(
            command == "::notice file=dir%2C with%3A colon/ä b.yaml,line=3,col=4,title=unknown-key::"
                + "100%25 sure: a, b%0D%0Aand \"quoted\" \\ \u{7}"
        )
        #expect(!command.contains("\n"))
    }

    @Test func githubPutsTheHelpOnASecondLine() {
        let output = GitHubRenderer().render(RenderingFixture.diagnostics, summary: RenderingFixture.summary)
        let lines = output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("::error file=Rules/referrals.yaml,line=7,col=12,title=unknown-service::"))
        #expect(lines[0].hasSuffix("%0Ahelp: did you mean 'rsj-detox'?"))
        #expect(lines[1].hasPrefix("::warning "))
    }

    private func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func jsonIsValidAndRoundTripsAwkwardText() throws {
        let output = JSONRenderer().render([awkward], summary: DiagnosticSummary(counting: [awkward]))
        let root = try parse(output)
        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        let first = try #require(diagnostics.first)
        #expect(first["message"] as? String == awkward.message)
        #expect(first["file"] as? String == awkward.location.file)
        #expect(first["help"] is NSNull)
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["notes"] as? Int == 1)
        #expect(summary["passed"] as? Bool == true)
    }

    @Test func strictSummaryFailsOnWarnings() throws {
        let summary = DiagnosticSummary(counting: [RenderingFixture.diagnostics[1]], isStrict: true)
        #expect(!summary.passed)
        #expect(summary.countsPhrase == "1 warning")
        let root = try parse(JSONRenderer().render([RenderingFixture.diagnostics[1]], summary: summary))
        let rendered = try #require(root["summary"] as? [String: Any])
        #expect(rendered["passed"] as? Bool == false)
        #expect(rendered["strict"] as? Bool == true)
    }

    @Test func sarifHasTheRequiredStructure() throws {
        let output = SARIFRenderer().render(RenderingFixture.diagnostics, summary: RenderingFixture.summary)
        let root = try parse(output)
        #expect(root["version"] as? String == "2.1.0")
        #expect((root["$schema"] as? String)?.hasSuffix("sarif-2.1.0.json") == true)
        let runs = try #require(root["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        let tool = try #require(run["tool"] as? [String: Any])
        let driver = try #require(tool["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "jalur")
        #expect((driver["informationUri"] as? String)?.hasPrefix("https://") == true)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["duplicate-rule", "unknown-service"])
        for rule in rules {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
            #expect((rule["help"] as? [String: Any])?["text"] is String)
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(["error", "warning", "note"].contains(level ?? ""))
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        for (result, diagnostic) in zip(results, RenderingFixture.diagnostics) {
            #expect(result["ruleId"] as? String == diagnostic.code)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == diagnostic.code)
            #expect(result["level"] as? String == diagnostic.severity.rawValue)
            #expect(((result["message"] as? [String: Any])?["text"] as? String)?.hasPrefix(diagnostic.message) == true)
            let locations = try #require(result["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: Any])
            let region = try #require(physical["region"] as? [String: Any])
            #expect(artifact["uri"] as? String == diagnostic.location.file)
            #expect(region["startLine"] as? Int == diagnostic.location.line)
            #expect(region["startColumn"] as? Int == diagnostic.location.column)
        }
    }

    @Test func sarifPercentEncodesPaths() throws {
        let output = SARIFRenderer().render([awkward], summary: DiagnosticSummary(counting: [awkward]))
        #expect(output.contains("\"uri\": \"dir%2C%20with%3A%20colon/%C3%A4%20b.yaml\""))
        var absolute = awkward
        absolute.location.file = "/work/Rules/a.yaml"
        #expect(
            SARIFRenderer().render([absolute], summary: .init(counting: [])).contains("\"file:///work/Rules/a.yaml\"")
        )
    }

    @Test func sarifRulesForUnknownCodesFallBackToTheCode() throws {
        var unknown = awkward
        unknown.code = "made-up-code"
        let output = SARIFRenderer().render([unknown], summary: DiagnosticSummary(counting: [unknown]))
        #expect(output.contains("\"text\": \"made-up-code\""))
        #expect(output.contains("\"level\": \"note\""))
    }
}
