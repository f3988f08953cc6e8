import Foundation
import JalurTestSupport
import Testing

/// The shipped program (Workflows and Rules) validates strictly and passes its own rule tests, so CI fails
/// when a shipped rule breaks.
struct TestCommandShippedProgramTests {
    @Test func shippedProgramValidatesStrictly() throws {
        let run = try runJalur(arguments: ["validate", "--strict"], in: Repository.root)
        #expect(run.status == 0, "\(run)")
    }

    @Test func shippedRuleTestsPassWithTheirCoverage() throws {
        let arguments = ["test", "--coverage-min", "100"]
        let run = try runJalur(arguments: arguments, in: Repository.root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("coverage: 100% ("))
        #expect(run.stdout.hasSuffix(" passed, 0 failed\n"))
    }
}
