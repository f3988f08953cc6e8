import Foundation
import JalurDiagnostics

/// Finds the YAML files under the paths a command names.
struct FileDiscovery {
    let diagnostics: DiagnosticCollector

    /// Every `*.yaml` and `*.yml` file under `paths` (a named file is taken whatever its extension), sorted by
    /// path, without repeats (`./Rules/a.yaml` and `Rules/a.yaml` are one file, named as first met); hidden
    /// files and folders inside a folder are skipped.
    func files(under paths: [String]) -> [String] {
        var found: [String: String] = [:]  // display name by standardized absolute path
        func add(_ file: String) {
            let key = URL(fileURLWithPath: file).standardizedFileURL.path
            if found[key] == nil { found[key] = file }
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.error(
                    "path-not-found",
                    "no such file or folder '\(path)'",
                    at: Self.location(of: path),
                    help: "check the path; by default jalur reads 'Workflows' and 'Rules' in the current folder"
                )
                continue
            }
            guard isDirectory.boolValue else {
                add(path)
                continue
            }
            let yaml = yamlFiles(in: path)
            if yaml.isEmpty {
                diagnostics.error(
                    "no-yaml-files",
                    "the folder '\(path)' holds no '.yaml' or '.yml' files",
                    at: Self.location(of: path),
                    help: "point jalur at the folder with the program's YAML files"
                )
            }
            yaml.forEach(add)
        }
        return found.values.sorted()
    }

    /// The YAML files in `folder` and its subfolders, named as `folder/sub/file.yaml`.
    private func yamlFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            // Hidden files and folders (`.git`, editor lock files such as `.#rules.yaml`) are not the program.
            if relative.split(separator: "/").last?.hasPrefix(".") == true {
                enumerator.skipDescendants()
                continue
            }
            let name = relative.lowercased()
            guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { continue }
            var isDirectory: ObjCBool = false
            let path = prefix + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                continue
            }
            files.append(path)
        }
        return files
    }

    /// The location used for problems with a whole path.
    static func location(of path: String) -> SourceLocation { SourceLocation(file: path, line: 1, column: 1) }
}
