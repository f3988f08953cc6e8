import ArgumentParser
import Foundation
import JalurDiagnostics
import JalurLoader
import JalurModel

extension Jalur {
    /// The `graph` subcommand: draws a workflow's pathway as a Mermaid or Graphviz diagram.
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a workflow's pathway as a diagram.",
            discussion: """
                Stages are boxes with their day limits; terminal stages have a distinct shape. Solid arrows are \
                forward moves ('next'); dashed arrows are branches, labelled with their ids.
                """
        )

        @OptionGroup var program: ProgramOptions

        @Option(help: ArgumentHelp("The workflow to draw (needed when the program has several).", valueName: "id"))
        var workflow: String?

        @Option(help: "Diagram format.")
        var format: GraphFormat = .mermaid

        @Option(help: ArgumentHelp("Language of stage titles, such as 'en' or 'id'.", valueName: "code"))
        var lang = "en"

        func run() throws {
            let (loaded, diagnostics) = ProgramLoader().load(paths: program.effectivePaths)
            let errors = diagnostics.filter { $0.severity == .error }.sorted(by: Diagnostic.stableOrder)
            guard errors.isEmpty else {
                Self.printError(errors.map(Self.render).joined(separator: "\n"))
                Self.printError("error: the program has \(errors.count) error(s); run 'jalur validate' for details")
                throw ExitCode.failure
            }
            switch WorkflowChoice.choose(workflow, from: loaded.workflows) {
            case .success(let chosen):
                let diagram = PathwayDiagram(workflow: chosen, language: lang)
                print(format.render(diagram), terminator: "")
            case .failure(let failure):
                Self.printError("error: \(failure.message)\nhelp: \(failure.help)")
                throw ExitCode.failure
            }
        }

        private static func render(_ diagnostic: Diagnostic) -> String {
            diagnostic.description + (diagnostic.help.map { "\nhelp: \($0)" } ?? "")
        }

        private static func printError(_ text: String) {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }
}

/// The diagram formats `jalur graph` writes.
enum GraphFormat: String, CaseIterable, ExpressibleByArgument {
    case mermaid
    case dot

    /// The diagram in this format.
    func render(_ diagram: PathwayDiagram) -> String {
        switch self {
        case .mermaid: MermaidRenderer.render(diagram)
        case .dot: DOTRenderer.render(diagram)
        }
    }
}
