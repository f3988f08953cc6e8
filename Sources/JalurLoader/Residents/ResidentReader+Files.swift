import Foundation
import JalurDiagnostics
import JalurJSON
import JalurModel
internal import Yams

extension ResidentReader {
    /// Reads a YAML (`.yaml`, `.yml`) or JSON (`.json`) resident file: one resident per YAML document, or one
    /// JSON object (a JSON list holds several residents).
    public func readFile(at path: String) -> [ResidentReadResult] {
        let bytes: [UInt8]
        do {
            bytes = Self.droppingByteOrderMark(try Self.contents(of: path))
        } catch {
            return [Self.fileFailure(path, code: error.code, message: error.message, help: error.help)]
        }
        if let offset = Self.firstInvalidUTF8(bytes) {
            let position = JSONLineIndex(bytes: bytes).scalarPosition(Self.bytePosition(offset, in: bytes))
            let location = SourceLocation(file: path, line: Int(position.line), column: Int(position.column))
            let diagnostic = Diagnostic(
                code: "invalid-utf8",
                severity: .error,
                message: "the file is not valid UTF-8",
                location: location,
                help: "save the file as UTF-8"
            )
            return [ResidentReadResult(resident: nil, diagnostics: [diagnostic], source: location)]
        }
        return path.lowercased().hasSuffix(".json") ? readJSON(bytes, path: path) : readYAML(bytes, path: path)
    }

    private func readJSON(_ bytes: [UInt8], path: String) -> [ResidentReadResult] {
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            return [
                Self.fileFailure(
                    path,
                    code: "empty-file",
                    message: "the file holds no resident",
                    help: "write one resident per file"
                )
            ]
        }
        let index = JSONLineIndex(bytes: bytes)
        let columns: (JSONPosition) -> JSONPosition = { index.scalarPosition($0) }
        do throws(JSONError) {
            let root = try JSONParser(maxDepth: 32).parse(bytes)
            if case .array(let residents) = root.value {
                return residents.map { decode($0, file: path, columns: columns) }
            }
            return [decode(root, file: path, columns: columns)]
        } catch {
            return [Self.failure(error, file: path, columns: columns)]
        }
    }

    private func readYAML(_ bytes: [UInt8], path: String) -> [ResidentReadResult] {
        let text = String(decoding: bytes, as: UTF8.self)
        // The YAML composer recurses, and chokes on complex keys: refuse both before it sees the text.
        switch NestingScan.firstProblem(in: text, limit: YAMLDataTree.maxDepth) {
        case .tooDeep(let position):
            return [
                Self.fileFailure(
                    path,
                    code: "nesting-too-deep",
                    message: "nesting deeper than \(YAMLDataTree.maxDepth) levels",
                    help: "flatten the data",
                    at: JSONPosition(line: position.line, column: position.column)
                )
            ]
        case .complexKey(let position):
            return [
                Self.fileFailure(
                    path,
                    code: "complex-key",
                    message: "a mapping key must be a plain name, not an alias, a list, a mapping or a '?' key",
                    help: "write the key as a name such as 'id'",
                    at: JSONPosition(line: position.line, column: position.column)
                )
            ]
        case nil:
            break
        }
        var results: [ResidentReadResult] = []
        do {
            let parser = try Parser(yaml: text)
            while let node = try parser.nextRoot() {
                var tree = YAMLDataTree()
                do throws(YAMLDataTree.Failure) {
                    results.append(decode(try tree.convert(node), file: path))
                } catch {
                    results.append(
                        Self.fileFailure(
                            path,
                            code: error.code,
                            message: error.message,
                            help: error.help,
                            at: error.position
                        )
                    )
                }
            }
        } catch let error as YamlError {
            results.append(Self.yamlFailure(error, path: path, text: text))
        } catch {
            results.append(
                Self.fileFailure(path, code: "invalid-yaml", message: "the file is not valid YAML", help: nil)
            )
        }
        if results.isEmpty {
            results.append(
                Self.fileFailure(
                    path,
                    code: "empty-file",
                    message: "the file holds no resident",
                    help: "write one resident per file"
                )
            )
        }
        return results
    }

    /// A YAML syntax error, located, without quoting the file (it holds resident data).
    private static func yamlFailure(_ error: YamlError, path: String, text: String) -> ResidentReadResult {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let message = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
            return fileFailure(
                path,
                code: "invalid-yaml",
                message: "invalid YAML: \(message)",
                help: "check indentation, colons and quotes",
                at: clamped(line: mark.line, column: mark.column, in: text)
            )
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.sorted().first ?? ""
            let source = SourceText(file: path, text: text)
            let first = source.location(line: context.mark.line, column: context.mark.column)
            let second = DuplicateKeyFinder(source: source).secondOccurrence(of: key, after: first)
            return fileFailure(
                path,
                code: "duplicate-key",
                message: "key '\(key)' appears twice in this mapping"
                    + (second == nil ? "" : " (first written at \(first.line):\(first.column))"),
                help: "keep one",
                at: JSONPosition(line: (second ?? first).line, column: (second ?? first).column)
            )
        default:
            return fileFailure(path, code: "invalid-yaml", message: "the file is not valid YAML", help: nil)
        }
    }

    /// A libyaml position, moved to the end of the text when past it: at the end of a file without a final line
    /// break, libyaml reports the line after the last one.
    private static func clamped(line: Int, column: Int, in text: String) -> JSONPosition {
        var lines = 1
        var lastLength = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if !(scalar == "\n" && previousWasCR) { lines += 1 }
                lastLength = 0
            } else {
                lastLength += 1
            }
            previousWasCR = scalar == "\r"
        }
        guard line > lines else { return JSONPosition(line: line, column: column) }
        return JSONPosition(line: lines, column: lastLength + 1)
    }

    static func fileFailure(
        _ path: String,
        code: String,
        message: String,
        help: String?,
        at position: JSONPosition = JSONPosition(line: 1, column: 1)
    ) -> ResidentReadResult {
        let location = SourceLocation(file: path, line: Int(position.line), column: Int(position.column))
        let diagnostic = Diagnostic(code: code, severity: .error, message: message, location: location, help: help)
        return ResidentReadResult(resident: nil, diagnostics: [diagnostic], source: location)
    }

    struct FileError: Error {
        var code: String
        var message: String
        var help: String?
    }

    static func contents(of path: String) throws(FileError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileError(
                code: "unreadable-file",
                message: "cannot read the file",
                help: "check the path and its permissions"
            )
        }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        guard size <= UInt64(maxFileSize) else {
            throw FileError(
                code: "file-too-large",
                message: "the file is larger than \(maxFileSize >> 20) MiB",
                help: "split the residents into several files, or use JSON Lines"
            )
        }
        try? handle.seek(toOffset: 0)
        let data = (try? handle.readToEnd()) ?? Data()
        return [UInt8](data)
    }

    /// `bytes` without a leading UTF-8 byte-order mark, which spreadsheet exports often write; YAML and JSON both
    /// allow one at the start of a file, and columns on the first line then count from after it, as editors show.
    static func droppingByteOrderMark(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(byteOrderMark.count)) : bytes
    }

    /// The UTF-8 encoding of U+FEFF.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func bytePosition(_ offset: Int, in bytes: [UInt8]) -> JSONPosition {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return JSONPosition(line: line, column: offset - lineStart + 1)
    }

    /// The offset of the first byte that breaks UTF-8, or `nil` when the bytes are valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed = UTF8.width(scalar)
                offset += consumed
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
