public import JalurDiagnostics

/// Every document of a loaded program, plus one compiled ``WorkflowPlan`` per workflow.
///
/// A program is immutable once loaded and safe to share between tasks.
public struct Program: Sendable {
    /// Every `facts` schema, in file order.
    public var facts: [FactsSchema]
    /// Services of every `services` document, in file order.
    public var services: [Service]
    /// Every workflow, in file order.
    public var workflows: [Workflow]
    /// Rules of every `rules` document, in file order (path, then document, then position).
    public var rules: [Rule]
    /// Every `tests` document, in file order.
    public var testSuites: [TestSuite]
    /// Every `scenario` document, in file order.
    public var scenarios: [Scenario]
    /// Compiled workflows by workflow id; present for each workflow whose expressions all compiled.
    public var plans: [String: WorkflowPlan]
    /// Every document read, in load order.
    public var documents: [DocumentInfo]

    /// Creates a program.
    public init(
        facts: [FactsSchema] = [],
        services: [Service] = [],
        workflows: [Workflow] = [],
        rules: [Rule] = [],
        testSuites: [TestSuite] = [],
        scenarios: [Scenario] = [],
        plans: [String: WorkflowPlan] = [:],
        documents: [DocumentInfo] = []
    ) {
        self.facts = facts
        self.services = services
        self.workflows = workflows
        self.rules = rules
        self.testSuites = testSuites
        self.scenarios = scenarios
        self.plans = plans
        self.documents = documents
    }

    /// The service called `id`, if declared.
    public func service(_ id: String) -> Service? { services.first { $0.id.value == id } }
    /// The workflow called `id`, if declared.
    public func workflow(_ id: String) -> Workflow? { workflows.first { $0.id.value == id } }
    /// The facts schema called `id`, if declared.
    public func factsSchema(_ id: String) -> FactsSchema? { facts.first { $0.id.value == id } }
}

/// The kind of a YAML document.
public enum DocumentKind: String, Hashable, Sendable, Codable, CaseIterable {
    case workflow, facts, services, rules, tests, scenario
}

/// One document of the program: its kind, id and where it starts.
public struct DocumentInfo: Hashable, Sendable {
    /// The document kind.
    public var kind: DocumentKind
    /// The document id.
    public var id: String
    /// Where the document starts.
    public var location: SourceLocation
    /// Where the document's `id` value is written.
    public var idLocation: SourceLocation

    /// Creates document information; `idLocation` defaults to `location`.
    public init(kind: DocumentKind, id: String, location: SourceLocation, idLocation: SourceLocation? = nil) {
        self.kind = kind
        self.id = id
        self.location = location
        self.idLocation = idLocation ?? location
    }
}
