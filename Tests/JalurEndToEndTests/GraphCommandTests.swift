import Foundation
import JalurTestSupport
import Testing

/// `jalur graph` on a small program: diagrams, workflow choice, and errors.
struct GraphCommandTests {
    static let graphFixtures = ReviewProcess.fixtures.appendingPathComponent("graph")

    func program(_ folders: String...) -> [String] {
        folders.flatMap { ["--program", Self.graphFixtures.appendingPathComponent($0).path] }
    }

    func expected(_ name: String) throws -> String {
        try String(contentsOf: Self.graphFixtures.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func drawsMermaidByDefault() throws {
        let result = try ReviewProcess.jalur(["graph"] + program("program"))
        let expected = try expected("short-pathway.mermaid")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == expected)
        #expect(result.stderr.isEmpty)
    }

    @Test func drawsDOTInTheChosenLanguage() throws {
        let arguments = ["graph", "--format", "dot", "--lang", "id", "--workflow", "short-pathway"]
        let result = try ReviewProcess.jalur(arguments + program("program"))
        let expected = try expected("short-pathway.dot")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == expected)
    }

    @Test func picksTheNamedWorkflowAmongSeveral() throws {
        let result = try ReviewProcess.jalur(["graph", "--workflow", "outpatient"] + program("program", "second"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("s_intake --> s_closed"))
        #expect(!result.stdout.contains("preparation"))
    }

    @Test func asksWhichWorkflowWhenThereAreSeveral() throws {
        let result = try ReviewProcess.jalur(["graph"] + program("program", "second"))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let expected = """
            error: the program has 2 workflows; choose one with --workflow
            help: the workflows are 'outpatient', 'short-pathway'

            """
        #expect(result.stderr == expected)
    }

    @Test func suggestsTheClosestWorkflowForATypo() throws {
        let result = try ReviewProcess.jalur(["graph", "--workflow", "short-pathwy"] + program("program"))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: unknown workflow 'short-pathwy'\nhelp: did you mean 'short-pathway'?\n")
    }

    @Test func refusesAProgramWithErrors() throws {
        let result = try ReviewProcess.jalur(["graph"] + program("program", "broken"))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("broken/workflow.yaml:8:5: error: unknown key 'nxt'"), "\(result.stderr)")
        #expect(result.stderr.contains("help: did you mean 'next'?"))
        #expect(result.stderr.hasSuffix("failed: 2 errors, 1 warning in the program\n"))
    }

    @Test(arguments: [["--format", "svg"], ["--lang"], ["--lang", "fr"], ["--colour"]])
    func rejectsBadUsageWithExitCode2(_ arguments: [String]) throws {
        let result = try ReviewProcess.jalur(["graph"] + arguments + program("program"))
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test func printsTheSameBytesEveryTime() throws {
        let first = try ReviewProcess.jalur(["graph", "--format", "dot"] + program("program"))
        let second = try ReviewProcess.jalur(["graph", "--format", "dot"] + program("program"))
        #expect(first.stdout == second.stdout)
    }

    @Test func readmeEmbedsTheShippedPathway() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Pathway diagram").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```mermaid\n").dropFirst().first)
        let embedded = try #require(block.components(separatedBy: "```").first)
        let result = try ReviewProcess.jalur(["graph"])
        #expect(result.status == 0, "\(result.stderr)")
        let matches = embedded == result.stdout
        #expect(matches, "README's pathway diagram is stale: paste the output of `swift run jalur graph`")
    }
}
