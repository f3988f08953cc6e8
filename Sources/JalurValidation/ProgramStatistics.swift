public import JalurDiagnostics
public import JalurModel

/// Counts describing a loaded program, for the summary line of `jalur validate`.
public struct ProgramStatistics: Hashable, Sendable, CustomStringConvertible {
    /// YAML documents read.
    public var documents: Int
    /// `kind: workflow` documents.
    public var workflows: Int
    /// Stages over all workflows.
    public var stages: Int
    /// Rules over all rules documents.
    public var rules: Int
    /// Services over all services documents.
    public var services: Int

    /// Counts the parts of `program`.
    public init(_ program: Program) {
        documents = program.documents.count
        workflows = program.workflows.count
        stages = program.workflows.reduce(0) { $0 + $1.stages.count }
        rules = program.rules.count
        services = program.services.count
    }

    /// The counts as summary statistics, in display order: documents, workflows, stages, rules, services.
    public var summaryStatistics: [DiagnosticSummary.Statistic] {
        [
            .init("documents", documents), .init("workflows", workflows), .init("stages", stages),
            .init("rules", rules), .init("services", services),
        ]
    }

    /// `9 documents, 1 workflow (7 stages), 42 rules, 28 services`.
    public var description: String {
        "\(Self.count(documents, "document")), \(Self.count(workflows, "workflow")) "
            + "(\(Self.count(stages, "stage"))), \(Self.count(rules, "rule")), \(Self.count(services, "service"))"
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
