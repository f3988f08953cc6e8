public import JalurExpression

/// One change a simulation makes to a resident's facts.
public struct FactEffect: Sendable {
    /// How the new value comes about.
    public enum Kind: Sendable {
        /// A value written in the file; `nil` removes the fact (`null`).
        case set(Value?)
        /// A value drawn from a distribution.
        case sample(FactDistribution)
        /// The value of an expression over the resident, evaluated on the day (an error leaves the fact as is).
        case compute(CompiledExpression)
    }

    /// The fact written.
    public var target: FactTarget
    /// How its value comes about.
    public var kind: Kind

    /// Creates an effect.
    public init(target: FactTarget, kind: Kind) {
        self.target = target
        self.kind = kind
    }
}
