import Foundation
import JalurDiagnostics

/// Reads one file's bytes as UTF-8 text within ``LoaderLimits``.
struct FileReader {
    let diagnostics: DiagnosticCollector

    /// The file's text, or `nil` (with a diagnostic) when it is too large, unreadable or not UTF-8.
    func read(_ path: String) -> SourceText? {
        let location = FileDiscovery.location(of: path)
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size > LoaderLimits.maxFileBytes
        {
            reportTooLarge(path, at: location)
            return nil
        }
        // `attributesOfItem` does not follow links: a dangling link exists, and is reported as unreadable below.
        guard (try? FileManager.default.attributesOfItem(atPath: path)) != nil else {
            diagnostics.error(
                "path-not-found",
                "no such file '\(path)'",
                at: location,
                help: "check the path and its spelling"
            )
            return nil
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            reportUnreadable(path, reason: "permission denied or not a regular file", at: location)
            return nil
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: LoaderLimits.maxFileBytes + 1) ?? Data()
        } catch {
            reportUnreadable(path, reason: error.localizedDescription, at: location)
            return nil
        }
        guard data.count <= LoaderLimits.maxFileBytes else {
            reportTooLarge(path, at: location)
            return nil
        }
        return decode(Array(data), file: path)
    }

    /// Decodes UTF-8 bytes, dropping a leading byte-order mark; `nil`, with a diagnostic, for bytes that are not
    /// UTF-8 or more than ``LoaderLimits/maxFileBytes``.
    func decode(_ bytes: [UInt8], file: String) -> SourceText? {
        guard bytes.count <= LoaderLimits.maxFileBytes else {
            reportTooLarge(file, at: FileDiscovery.location(of: file))
            return nil
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let offset = UTF8Check.firstInvalidByte(in: body) {
            let (line, column) = UTF8Check.position(ofByte: offset, in: body)
            let byte = String(body[offset], radix: 16, uppercase: true)
            let shown = byte.count == 1 ? "0x0" + byte : "0x" + byte
            diagnostics.error(
                "invalid-encoding",
                "the file is not valid UTF-8: byte \(shown) at offset \(offset + (body.count < bytes.count ? 3 : 0))",
                at: SourceLocation(file: file, line: line, column: column),
                help: "save the file as UTF-8"
            )
            return nil
        }
        return SourceText(file: file, text: String(decoding: body, as: UTF8.self))
    }

    private func reportTooLarge(_ path: String, at location: SourceLocation) {
        diagnostics.error(
            "file-too-large",
            "the file is larger than the \(LoaderLimits.maxFileBytes / 1024 / 1024) MiB limit",
            at: location,
            help: "split it into several files; jalur reads every YAML file in a folder"
        )
    }

    private func reportUnreadable(_ path: String, reason: String, at location: SourceLocation) {
        diagnostics.error(
            "unreadable-file",
            "cannot read '\(path)': \(reason.lowercased())",
            at: location,
            help: "check that the file exists and that you may read it"
        )
    }
}
