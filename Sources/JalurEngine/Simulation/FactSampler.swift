import JalurExpression
import JalurModel

/// Draws fact values from ``FactDistribution``s, typed by the target field.
enum FactSampler {
    /// A value for `target` drawn from `distribution` on `day`, or `nil` when the draw leaves it unrecorded.
    ///
    /// Numbers are clamped to the distribution's and the field's bounds. For `date` fields a number is a count
    /// of days before `day`.
    static func sample(
        _ distribution: FactDistribution,
        for target: FactTarget,
        on day: Day,
        using rng: inout SplitMix64
    ) -> Value? {
        if distribution.unknown > 0, rng.chance(distribution.unknown) { return nil }
        switch distribution.shape {
        case .constant(let value): return value
        case .chance(let p): return .bool(rng.chance(p))
        case .choice(let options): return pick(options, using: &rng)
        case .uniform(let low, let high):
            if target.type == .double {
                return .double(clamp(low + rng.unit() * (high - low), distribution, target))
            }
            return number(Double(rng.integer(Int(low), Int(high))), distribution, target, on: day)
        case .normal(let mean, let deviation):
            let draw = clamp(rng.normal(mean: mean, standardDeviation: deviation), distribution, target)
            if target.type == .double { return .double(draw) }
            return number(draw.rounded(), distribution, target, on: day)
        }
    }

    private static func pick(_ options: [WeightedValue], using rng: inout SplitMix64) -> Value? {
        let total = options.reduce(0) { $0 + $1.weight }
        var remaining = rng.unit() * total
        for option in options {
            if remaining < option.weight { return option.value }
            remaining -= option.weight
        }
        return options.last?.value
    }

    private static func number(
        _ raw: Double,
        _ distribution: FactDistribution,
        _ target: FactTarget,
        on day: Day
    ) -> Value {
        let whole = Int(clamp(raw, distribution, target).rounded())
        if target.type == .timestamp { return ActivationBinding.timestamp(day.adding(days: -whole)) }
        return .int(Int64(whole))
    }

    private static func clamp(
        _ value: Double,
        _ distribution: FactDistribution,
        _ target: FactTarget
    )
        -> Double
    {
        var result = value
        let isDate = target.type == .timestamp
        for bound in [distribution.minimum, isDate ? nil : target.field.minimum] {
            if let bound { result = max(result, bound) }
        }
        for bound in [distribution.maximum, isDate ? nil : target.field.maximum] {
            if let bound { result = min(result, bound) }
        }
        return result
    }
}
