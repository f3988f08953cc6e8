import ArgumentParser
import JalurDiagnostics
import JalurLoader
import JalurModel

/// `--program PATH` (repeatable): where the program's YAML files are; default `Workflows` and `Rules`.
struct ProgramOptions: ParsableArguments {
    @Option(
        name: .customLong("program"),
        help: ArgumentHelp("A file or folder of program YAML (repeatable).", valueName: "path"),
        completion: .file()
    )
    var paths: [String] = []

    /// The paths to load: the ones given, or `Workflows` and `Rules`.
    var effectivePaths: [String] { paths.isEmpty ? ["Workflows", "Rules"] : paths }
}
