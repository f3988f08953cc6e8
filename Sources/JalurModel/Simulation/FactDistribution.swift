public import JalurExpression

/// How a simulation draws one fact's value (scenario format: `weights`, `choose`, `uniform`, `normal`,
/// `chance`, `value`, with optional `unknown`, `min` and `max`).
public struct FactDistribution: Sendable {
    /// The shape of the distribution.
    public enum Shape: Sendable {
        /// Always this value.
        case constant(Value)
        /// One of the values, with relative weights (all weights positive).
        case choice([WeightedValue])
        /// Uniform between the bounds, inclusive; whole numbers for int and date fields.
        case uniform(low: Double, high: Double)
        /// Normal with this mean and standard deviation, rounded for int and date fields.
        case normal(mean: Double, standardDeviation: Double)
        /// `true` with this probability, else `false`.
        case chance(Double)
    }

    /// The shape.
    public var shape: Shape
    /// Probability (0…1) that the fact is left unrecorded.
    public var unknown: Double
    /// Lower bound applied to numeric draws (clamped).
    public var minimum: Double?
    /// Upper bound applied to numeric draws (clamped).
    public var maximum: Double?

    /// Creates a distribution.
    public init(shape: Shape, unknown: Double = 0, minimum: Double? = nil, maximum: Double? = nil) {
        self.shape = shape
        self.unknown = unknown
        self.minimum = minimum
        self.maximum = maximum
    }
}

/// A value with a relative weight.
public struct WeightedValue: Sendable {
    /// The relative weight (positive).
    public var weight: Double
    /// The value.
    public var value: Value

    /// Creates a weighted value.
    public init(weight: Double, value: Value) {
        self.weight = weight
        self.value = value
    }
}
