import Foundation
import JalurTestSupport
import Testing

/// `jalur test` on a small program: passing and failing suites, formats, coverage, and errors.
struct TestCommandTests {
    static let fixtures = Repository.root.appending(path: "Tests/JalurEndToEndTests/Fixtures/ruletests")

    func jalur(_ arguments: String...) throws -> JalurRun {
        try runJalur(arguments: ["test"] + arguments, in: Self.fixtures)
    }

    func expected(_ name: String) throws -> String {
        try String(contentsOf: Self.fixtures.appending(path: name), encoding: .utf8)
    }

    @Test func passingSuiteEndsWithTheCounts() throws {
        let run = try jalur("program", "passing")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == "7 passed, 0 failed\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func wrongExpectationsFailWithExpectedActualAndTrace() throws {
        let run = try jalur("program", "failing")
        let golden = try expected("failing/expected.txt")
        #expect(run.status == 1)
        #expect(run.stdout == golden)
        #expect(run.stdout.hasSuffix("\n1 passed, 2 failed\n"))
        #expect(run.stdout.contains("  referrals: expected to include [rsj-detox]\n             actual []\n"))
        #expect(run.stdout.contains("    rule detox-withdrawal: false\n"))
    }

    @Test func junitIsGoldenAndDeterministic() throws {
        let first = try jalur("program", "failing", "--format", "junit")
        let second = try jalur("program", "failing", "--format", "junit")
        let golden = try expected("failing/expected.junit.xml")
        #expect(first.status == 1)
        #expect(first.stdout == golden)
        #expect(first.stdout == second.stdout)
    }

    @Test func jsonListsEveryTestWithItsStatus() throws {
        let run = try jalur("program", "failing", "--format", "json")
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["passed"] as? Int == 1)
        #expect(object["failed"] as? Int == 2)
        let tests = try #require(object["tests"] as? [[String: Any]])
        #expect(tests.map { $0["status"] as? String } == ["failed", "passed", "failed"])
    }

    @Test func coverageInJSONListsEveryItemAndMove() throws {
        let run = try jalur("program", "failing", "--format", "json", "--coverage-min", "10")
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let coverage = try #require(object["coverage"] as? [String: Any])
        #expect(coverage["percentage"] as? Double == 16.6)
        #expect(coverage["meets_minimum"] as? Bool == true)
        let items = try #require(coverage["items"] as? [[String: Any]])
        #expect(items.count == 6)
        let detox = try #require(items.first { $0["rule"] as? String == "detox-withdrawal" })
        #expect(detox["covered"] as? Bool == true)
        let moves = try #require(coverage["forward_moves"] as? [[String: Any]])
        #expect(moves.map { $0["taken"] as? Bool } == [false])
    }

    @Test func coverageListsUncoveredItemsWithTheirLines() throws {
        let run = try jalur("program", "failing", "--coverage")
        #expect(run.status == 1)
        #expect(run.stdout.contains("coverage: 16.6% (1 of 6 rules, criteria and branches seen both true and false)"))
        #expect(run.stdout.contains("  program/program.yaml:58: rule aftercare-na: never evaluated\n"))
        #expect(run.stdout.contains("  program/program.yaml:28: criterion short/preparation/consent: never false\n"))
        #expect(
            run.stdout.contains(
                "forward moves no test takes (not counted above):\n  program/program.yaml:35: short/preparation → termination\n"
            )
        )
    }

    @Test func fullCoverageMeetsAHundredPercent() throws {
        let run = try jalur("program", "passing", "--coverage-min", "100")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("coverage: 100% (6 of 6 "))
    }

    @Test func coverageBelowTheMinimumFails() throws {
        let run = try jalur("program", "failing", "--coverage-min", "50")
        #expect(run.status == 1)
        #expect(run.stdout.contains("coverage 16.6% is below the minimum 50%\n"))
        let junit = try jalur("program", "failing", "--coverage-min", "50", "--format", "junit")
        #expect(junit.status == 1)
        #expect(junit.stderr == "error: coverage 16.6% is below the minimum 50%\n")
    }

    @Test func malformedTestsAreLocatedErrors() throws {
        let run = try jalur("program", "malformed")
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("malformed/tests.yaml:9:7: error: unknown key 'referals' in 'expect' [unknown-key]")
        )
        #expect(run.stderr.contains("help: did you mean 'referrals'?"))
        #expect(
            run.stderr.contains(
                "malformed/tests.yaml:10:23: error: the program has no service 'rsj-detx' [unknown-service]"
            )
        )
        #expect(
            run.stdout.contains(
                "malformed/tests.yaml:13:58: error: 'resident.cows' must be a whole number, not a string"
            )
        )
        #expect(run.stdout.hasSuffix("0 passed, 2 failed\n"))
    }

    @Test func aProgramWithoutTestsIsAnError() throws {
        let run = try jalur("program")
        #expect(run.status == 1)
        #expect(run.stderr.contains("the program has no 'kind: tests' documents"))
    }

    @Test func coverageMinimumOutOfRangeIsAUsageError() throws {
        let run = try jalur("program", "passing", "--coverage-min", "120")
        #expect(run.status == 2)
        #expect(run.stderr.contains("--coverage-min must be a percentage from 0 to 100"))
    }
}
