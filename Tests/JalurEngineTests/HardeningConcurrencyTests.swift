import Dispatch
import Foundation
import JalurDiagnostics
import JalurEngine
import JalurLoader
import JalurModel
import JalurTestSupport
import Testing

/// One engine shared by many threads gives every thread exactly the sequential answers.
///
/// Each thread has its own evaluator, as when `jalur next` evaluates a JSON Lines batch. Run under
/// `swift test --sanitize=thread` this is the data-race check of the engine, the expression runtime and its
/// shared caches (regexes, time zones).
struct HardeningConcurrencyTests {
    @Test func concurrentEvaluationMatchesSequential() throws {
        let root = Repository.root
        let (program, diagnostics) = ProgramLoader().load(
            paths: [root.appendingPathComponent("Workflows").path, root.appendingPathComponent("Rules").path])
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.prefix(3))")
        let reader = ResidentReader(program: program)
        let folder = root.appendingPathComponent("Examples/residents")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
            .sorted()
        let residents = files.flatMap { reader.readFile(at: folder.appendingPathComponent($0).path) }.compactMap(
            \.resident
        )
        try #require(residents.count >= 5, "the example residents must read cleanly")

        let engine = Engine(program: program)
        let days = [Day(year: 2026, month: 4, day: 1), Day(year: 2026, month: 9, day: 30)]
        let json = EvaluationJSON(language: "en", includesTrace: true, layout: .compact)
        var sequential = engine.makeEvaluator()
        let expected = try days.flatMap { day in
            try residents.map { json.render(try sequential.evaluate($0, asOf: day, includeTrace: true)) }
        }

        let threads = 8
        let results = Results(count: threads)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var evaluator = engine.makeEvaluator()
            var outputs: [String] = []
            for _ in 0..<3 {
                for day in days {
                    for resident in residents {
                        let rendered = (try? evaluator.evaluate(resident, asOf: day, includeTrace: true)).map(
                            json.render
                        )
                        outputs.append(rendered ?? "error")
                    }
                }
            }
            results.store(outputs, at: thread)
        }
        for thread in 0..<threads {
            let outputs = results.value(at: thread)
            #expect(outputs == expected + expected + expected, "thread \(thread) disagrees with the sequential run")
        }
    }
}

/// Per-thread result slots behind a lock.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[String]]

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func store(_ outputs: [String], at index: Int) { lock.withLock { slots[index] = outputs } }

    func value(at index: Int) -> [String] { lock.withLock { slots[index] } }
}
