import Foundation

/// Reads the lines of the files diagnostics point into, each file once and only when first asked.
///
/// Only the text format shows source lines, so the other formats never read a file.
public final class SourceLines {
    private let read: (String) -> String?
    private var cache: [String: [Substring]?] = [:]

    /// Creates a reader; `read` returns a file's text, or `nil` when it cannot be read.
    ///
    /// - Parameter read: Reads one file; the default reads it from disk as UTF-8, replacing invalid bytes.
    public init(read: @escaping (String) -> String? = SourceLines.readFile) {
        self.read = read
    }

    /// The 1-based `number`th line of `file`, without its line break; `nil` when unavailable.
    public func line(_ number: Int, of file: String) -> Substring? {
        if cache[file] == nil {
            cache[file] = .some(
                read(file).map { text in
                    // "\r\n" is one Character in Swift, so split on both forms.
                    text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
                }
            )
        }
        guard let lines = cache[file] ?? nil, number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }

    /// Files larger than this are not read for source lines (the loader rejects them anyway).
    public static let maxFileBytes = 16 * 1024 * 1024

    /// Reads `path` from disk as UTF-8 (invalid bytes become U+FFFD); `nil` when it cannot be read, is not
    /// a regular file, or is larger than ``maxFileBytes``.
    public static func readFile(_ path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let size = attributes[.size] as? Int, size <= maxFileBytes
        else { return nil }
        return FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}
