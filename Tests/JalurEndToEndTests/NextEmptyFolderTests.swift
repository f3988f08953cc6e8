import Foundation
import JalurTestSupport
import Testing

/// A folder without resident files is an error, not an empty caseload.
struct NextEmptyFolderTests {
    @Test func emptyFolderIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "jalur-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try runJalur(
            arguments: ["next", "--as-of", "2026-04-01", folder.path],
            in: Repository.root
        )
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("\(folder.path):1:1: error: the folder holds no resident files [no-resident-files]")
        )
        #expect(run.stderr.contains("help: put .yaml, .yml, .json or .jsonl resident files in it"))
    }
}
