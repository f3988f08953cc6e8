import Foundation
import JalurDiagnostics
import JalurEngine
import JalurLoader
import JalurModel

/// The repository's shipped program (`Workflows/` and `Rules/`), its example residents and its baseline
/// scenario, loaded as `jalur next` and `jalur simulate --scenario` load them.
struct ShippedProgram: Sendable {
    /// Why the shipped files could not be benchmarked.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The as-of day of the examples (as in the README and the end-to-end tests).
    static let asOf = Day(year: 2026, month: 4, day: 1)
    /// The scenario `jalur simulate --scenario` is timed with.
    static let scenarioID = "medan-plus-baseline"

    let root: String
    let engine: Engine
    /// Every resident of `Examples/residents`, with its file name, sorted by file name.
    let residents: [(file: String, resident: Resident)]
    /// The baseline scenario as shipped.
    let baseline: ScenarioDefinition

    /// Loads everything, failing on any error the loader, the resident reader or the scenario reader reports.
    init() throws(Failure) {
        root = try Self.repositoryRoot()
        let (program, diagnostics) = ProgramLoader().load(paths: ["\(root)/Workflows", "\(root)/Rules"])
        try Self.failOnErrors(diagnostics, while: "loading the program")
        engine = Engine(program: program)

        let reader = ResidentReader(program: program)
        let folder = "\(root)/Examples/residents"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        guard !files.isEmpty else { throw Failure(description: "no resident files in \(folder)") }
        var residents: [(file: String, resident: Resident)] = []
        for file in files {
            for result in reader.readFile(at: "\(folder)/\(file)") {
                try Self.failOnErrors(result.diagnostics, while: "reading \(file)")
                guard let resident = result.resident else { throw Failure(description: "\(file) holds no resident") }
                residents.append((file, resident))
            }
        }
        self.residents = residents

        guard let scenario = program.scenarios.first(where: { $0.id.value == Self.scenarioID }) else {
            throw Failure(description: "the program has no scenario '\(Self.scenarioID)'")
        }
        let workflow =
            scenario.content?.pairs?.first { $0.key.string == "workflow" }?.value.string
            ?? program.workflows.first?.id.value ?? ""
        guard var scenarioReader = SimulationInputReader(program: program, workflow: workflow) else {
            throw Failure(description: "the workflow '\(workflow)' did not compile")
        }
        let definition = scenarioReader.readScenario(scenario, workflow: workflow)
        try Self.failOnErrors(scenarioReader.diagnostics, while: "reading the scenario")
        guard let definition else { throw Failure(description: "the scenario '\(Self.scenarioID)' did not read") }
        baseline = definition
    }

    /// The baseline scenario with a flat rate of `perWeek` admissions a week (its `by_month` rates dropped).
    func baseline(perWeek: Double) -> ScenarioDefinition {
        var scenario = baseline
        scenario.arrivals = ArrivalRate(perWeek: perWeek, isRegular: baseline.arrivals.isRegular)
        return scenario
    }

    /// The repository: three folders above this file (`Benchmarks/Benchmarks/EngineBenchmarks/`), or else the
    /// working directory's parent (the plugin runs benchmarks from `Benchmarks/`) or the working directory.
    private static func repositoryRoot() throws(Failure) -> String {
        let source = URL(fileURLWithPath: #filePath)
        let candidates = [
            source.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().path,
            FileManager.default.currentDirectoryPath + "/..",
            FileManager.default.currentDirectoryPath,
        ]
        for candidate in candidates
        where FileManager.default.fileExists(atPath: "\(candidate)/Workflows/scenarios/\(scenarioID).yaml") {
            return candidate
        }
        throw Failure(description: "cannot find the repository (looked in \(candidates.joined(separator: ", ")))")
    }

    private static func failOnErrors(_ diagnostics: [Diagnostic], while doing: String) throws(Failure) {
        let errors = diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return }
        throw Failure(description: "errors \(doing):\n" + errors.map(\.description).joined(separator: "\n"))
    }
}
