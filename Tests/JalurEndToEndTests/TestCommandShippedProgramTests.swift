import Foundation
import JalurTestSupport
import Testing

/// The shipped program (Workflows and Rules) validates strictly and passes its own rule tests, so CI fails
/// when a shipped rule breaks.
struct TestCommandShippedProgramTests {
    /// The coverage the shipped tests reach today; raise it as tests are added, up to 100.
    static let shippedCoverageFloor = "65.9"

    @Test func shippedProgramValidatesStrictly() throws {
        let run = try runJalur(arguments: ["validate", "--strict"], in: Repository.root)
        #expect(run.status == 0, "\(run)")
    }

    @Test func shippedRuleTestsPassWithTheirCoverage() throws {
        let arguments = ["test", "--coverage-min", Self.shippedCoverageFloor]
        let run = try runJalur(arguments: arguments, in: Repository.root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasSuffix(" passed, 0 failed\n"))
    }
}
