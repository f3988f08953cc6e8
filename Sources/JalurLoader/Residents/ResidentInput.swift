import Foundation
public import JalurDiagnostics

/// One resident source named on the command line, after folders are expanded.
public enum ResidentInput: Hashable, Sendable {
    /// A YAML or JSON file holding one resident (or a few).
    case file(String)
    /// A JSON Lines file: one resident per line, read incrementally.
    case jsonLines(String)

    /// The file path.
    public var path: String {
        switch self {
        case .file(let path), .jsonLines(let path): path
        }
    }

    /// Expands arguments into resident files: a folder becomes every `.yaml`, `.yml`, `.json` and `.jsonl` file
    /// under it (recursively), sorted by path, so the order never depends on how the system lists them.
    ///
    /// - Returns: The inputs in argument order, and a diagnostic for each argument that does not exist.
    public static func expand(_ arguments: [String]) -> (inputs: [ResidentInput], diagnostics: [Diagnostic]) {
        var inputs: [ResidentInput] = []
        var diagnostics: [Diagnostic] = []
        let manager = FileManager.default
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                diagnostics.append(
                    Diagnostic(
                        code: "file-not-found",
                        severity: .error,
                        message: "no such file or folder",
                        location: SourceLocation(file: argument, line: 1, column: 1),
                        help: "name a resident file (.yaml, .json), a .jsonl batch, or a folder of them"
                    )
                )
                continue
            }
            if isDirectory.boolValue {
                let files = filesUnder(argument)
                if files.isEmpty {
                    diagnostics.append(
                        Diagnostic(
                            code: "no-resident-files",
                            severity: .error,
                            message: "the folder holds no resident files",
                            location: SourceLocation(file: argument, line: 1, column: 1),
                            help: "put .yaml, .yml, .json or .jsonl resident files in it, or name another folder"
                        )
                    )
                }
                inputs += files.map(input(for:))
            } else {
                inputs.append(input(for: argument))
            }
        }
        return (inputs, diagnostics)
    }

    private static func input(for path: String) -> ResidentInput {
        path.lowercased().hasSuffix(".jsonl") ? .jsonLines(path) : .file(path)
    }

    private static let extensions: Set<String> = ["yaml", "yml", "json", "jsonl"]

    private static func filesUnder(_ folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."), extensions.contains((name as NSString).pathExtension.lowercased()) else {
                continue
            }
            let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(path)
            }
        }
        return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
