import Foundation
import JalurExpression
import Testing

/// Replays the expression fuzz findings in `Fixtures/fuzz-regressions/`.
///
/// The inputs crashed or hung a fuzz target once, or are hand-written hostile ones. They get the checks of the
/// `fuzz-expression-parse` target: compile with and without type checks, every issue inside the text,
/// evaluation of what compiles. New findings of `Scripts/fuzz.sh expression-parse` go in that folder once fixed.
struct FuzzRegressionTests {
    static func inputs() throws -> [String] {
        guard
            let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
                .appendingPathComponent("fuzz-regressions")
        else { throw CocoaError(.fileNoSuchFile) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
            .sorted()
        guard !names.isEmpty else { throw CocoaError(.fileReadNoSuchFile) }
        return names.map { folder.appendingPathComponent($0).path }
    }

    @Test(arguments: try inputs())
    func replays(_ path: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let source = String(decoding: bytes, as: UTF8.self)
        let fixture = FuzzExpressionFixture()
        let started = ContinuousClock.now
        for checksTypes in [true, false] {
            do {
                let compiled = try fixture.environment.compile(source, checksTypes: checksTypes)
                _ = compiled.evaluate(fixture.activation)
            } catch {
                #expect(!error.issues.isEmpty)
                let scalars = source.unicodeScalars.count
                for issue in error.issues {
                    #expect(issue.offset >= 0 && issue.offset <= scalars, "\(issue)")
                    let (line, column) = issue.position(in: source)
                    #expect(line >= 1 && column >= 1, "\(issue)")
                    #expect(!issue.rendered(in: source, file: "input.cel").isEmpty)
                }
            }
        }
        #expect(ContinuousClock.now - started < .seconds(120), "\(path) took too long")
    }
}
