import Foundation
import JalurTestSupport
import Testing

/// `jalur validate` on a program of 1,000 rules and 50 stages: clean, and fast (under 0.5 s in release).
struct ValidatePerformanceTests {
    @Test func largeProgramValidatesCleanlyAndQuickly() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "jalur-large-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try LargeProgram(stages: 50, rules: 1_000).write(to: folder)
        var fastest = Double.infinity
        for _ in 0..<3 {
            let start = Date()
            let run = try runJalur(arguments: ["validate", "--strict"], in: folder)
            fastest = min(fastest, Date().timeIntervalSince(start))
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout == "ok: 13 documents, 1 workflow (50 stages), 1000 rules, 30 services\n", "\(run)")
        }
        print("jalur validate, 1,000 rules and 50 stages: fastest of 3 runs \(Int(fastest * 1000)) ms")
        #if DEBUG
            #expect(fastest < 10, "debug build: \(fastest) s")
        #else
            #expect(fastest < 0.5, "release build: \(fastest) s")
        #endif
    }
}
