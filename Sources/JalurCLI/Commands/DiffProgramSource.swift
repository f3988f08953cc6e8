import ArgumentParser
import Foundation

/// Where one side of `jalur diff` reads its program: paths as given, or `git:REV` (the `Workflows` and
/// `Rules` folders of a revision of the current repository, extracted into a temporary folder that is
/// deleted afterwards).
struct DiffProgramSource {
    /// Program folders and files to load.
    let paths: [String]
    /// The temporary folder to delete, for `git:REV`.
    let temporaryFolder: URL?
    /// `before` or `after`, for messages.
    let side: String

    static let programFolders = ["Workflows", "Rules"]

    /// Resolves the values of `--before` or `--after`.
    ///
    /// - Throws: `ValidationError` for `git:REV` mixed with paths; ``DiffSourceError`` when git fails.
    static func resolve(_ values: [String], side: String) throws -> DiffProgramSource {
        guard let revision = values.first(where: { $0.hasPrefix("git:") }) else {
            return DiffProgramSource(paths: values.isEmpty ? programFolders : values, temporaryFolder: nil, side: side)
        }
        guard values.count == 1 else {
            throw ValidationError("--\(side) git:REV cannot be combined with other --\(side) paths")
        }
        let rev = String(revision.dropFirst(4))
        guard !rev.isEmpty, !rev.hasPrefix("-") else {
            throw ValidationError("--\(side) git:REV needs a revision, for example git:main or git:HEAD~1")
        }
        return try extract(revision: rev, side: side)
    }

    private static func extract(revision: String, side: String) throws -> DiffProgramSource {
        guard (try? git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], side: side)) != nil else {
            throw DiffSourceError(
                message: "--\(side) git:\(revision): no such revision in the current repository",
                help: "name a branch, tag or commit, for example git:main or git:HEAD~1"
            )
        }
        let prefix = try git(["rev-parse", "--show-prefix"], side: side).trimmingCharacters(in: .whitespacesAndNewlines)
        let folder = FileManager.default.temporaryDirectory.appending(path: "jalur-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var found: [String] = []
        do {
            for name in programFolders {
                let object = "\(revision):\(prefix)\(name)"
                guard (try? git(["cat-file", "-e", object], side: side)) != nil else { continue }
                let archive = folder.appending(path: "\(name).tar").path
                _ = try git(["archive", "--format=tar", "-o", archive, revision, "--", name], side: side)
                _ = try run("/usr/bin/env", ["tar", "-xf", archive, "-C", folder.path], side: side)
                try FileManager.default.removeItem(atPath: archive)
                found.append(folder.appending(path: name).path)
            }
            guard !found.isEmpty else {
                throw DiffSourceError(
                    message: "revision '\(revision)' has no \(programFolders.joined(separator: " or ")) folder here",
                    help: "run jalur diff from the folder that holds the program in that revision"
                )
            }
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        return DiffProgramSource(paths: found, temporaryFolder: folder, side: side)
    }

    /// Deletes the temporary folder, if any.
    func cleanUp() {
        if let temporaryFolder { try? FileManager.default.removeItem(at: temporaryFolder) }
    }

    private static func git(_ arguments: [String], side: String) throws -> String {
        try run("/usr/bin/env", ["git"] + arguments, side: side)
    }

    private static func run(_ executable: String, _ arguments: [String], side: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw DiffSourceError(
                message: "cannot run '\(arguments.first ?? executable)'",
                help: "install git to use git:REV"
            )
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw DiffSourceError(
                message: "\(arguments.prefix(2).joined(separator: " ")) failed for --\(side): \(detail)",
                help: "check that the revision exists in this repository (git log --oneline)"
            )
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A `git:REV` program that could not be read.
struct DiffSourceError: Error {
    var message: String
    var help: String
}
