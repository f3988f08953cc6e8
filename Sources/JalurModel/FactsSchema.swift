public import JalurDiagnostics

/// A `kind: facts` document: what may be recorded about a resident (SPEC §2.1).
public struct FactsSchema: Sendable {
    /// The document id.
    public var id: Located<String>
    /// The declared fields, in file order.
    public var fields: [FactField]
    /// Derived names and their expressions, in file order.
    public var derived: [DerivedFact]

    /// Creates a schema.
    public init(id: Located<String>, fields: [FactField], derived: [DerivedFact]) {
        self.id = id
        self.fields = fields
        self.derived = derived
    }
}

/// One declared fact field.
public struct FactField: Sendable {
    /// The field name.
    public var name: Located<String>
    /// Its type.
    public var type: FactType
    /// Whether a resident file must record it.
    public var isRequired: Bool
    /// Inclusive bounds for `int` and `double` fields.
    public var minimum: Double?
    /// Inclusive upper bound for `int` and `double` fields.
    public var maximum: Double?
    /// What the field means, for people.
    public var description: LocalizedText?

    /// Creates a field.
    public init(
        name: Located<String>,
        type: FactType,
        isRequired: Bool = false,
        minimum: Double? = nil,
        maximum: Double? = nil,
        description: LocalizedText? = nil
    ) {
        self.name = name
        self.type = type
        self.isRequired = isRequired
        self.minimum = minimum
        self.maximum = maximum
        self.description = description
    }
}

/// The type of a fact field.
public indirect enum FactType: Sendable {
    case int
    case double
    case bool
    case string
    case date
    case enumeration([String])
    case list(of: FactField)
    case object(fields: [FactField])
    case map(of: FactField)
}

/// A named expression over facts (`severe_case: resident.cows >= 25`).
public struct DerivedFact: Sendable {
    /// The name rules use as a plain identifier.
    public var name: Located<String>
    /// Its expression.
    public var expression: ExpressionSource

    /// Creates a derived fact.
    public init(name: Located<String>, expression: ExpressionSource) {
        self.name = name
        self.expression = expression
    }
}
