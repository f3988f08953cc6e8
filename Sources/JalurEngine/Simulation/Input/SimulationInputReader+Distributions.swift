import JalurDiagnostics
import JalurExpression
import JalurModel

extension SimulationInputReader {
    static let distributionKeys = [
        "value", "weights", "choose", "uniform", "normal", "chance", "unknown", "min", "max",
    ]

    /// A distribution for `target` (scenario format: exactly one of `value`, `weights`, `choose`, `uniform`,
    /// `normal`, `chance`; optional `unknown`, `min`, `max`).
    mutating func distribution(_ node: RawNode, for target: FactTarget) -> FactDistribution? {
        guard let pairs = mapping(node, for: target.path, allowed: Self.distributionKeys) else {
            return nil
        }
        let shapes = pairs.filter {
            ["value", "weights", "choose", "uniform", "normal", "chance"].contains($0.key.string ?? "")
        }
        guard shapes.count == 1, let shapePair = shapes.first, let shapeKey = shapePair.key.string
        else {
            error(
                "invalid-distribution",
                "'\(target.path)' needs exactly one of value, weights, choose, uniform, normal, chance",
                at: node.location,
                help: "for example {weights: {male: 88, female: 12}} or {uniform: [18, 45]}"
            )
            return nil
        }
        guard let shape = shape(shapeKey, shapePair.value, for: target) else { return nil }
        var distribution = FactDistribution(shape: shape)
        if let unknown = value(of: "unknown", in: pairs) {
            guard let p = number(unknown, for: "unknown", in: 0...1) else { return nil }
            distribution.unknown = p
        }
        if let minimum = value(of: "min", in: pairs) {
            distribution.minimum = number(minimum, for: "min")
        }
        if let maximum = value(of: "max", in: pairs) {
            distribution.maximum = number(maximum, for: "max")
        }
        return distribution
    }

    private mutating func shape(
        _ key: String,
        _ node: RawNode,
        for target: FactTarget
    )
        -> FactDistribution.Shape?
    {
        let isNumeric = [.int, .double, .timestamp].contains(target.type)
        switch key {
        case "value":
            return value(node, for: target.field, type: target.type, path: target.path).map {
                .constant($0)
            }
        case "chance":
            guard target.type == .bool else { return notFor(key, target, node, "bool") }
            return number(node, for: "chance", in: 0...1).map { .chance($0) }
        case "weights":
            guard let pairs = pairs(node, for: "weights") else { return nil }
            return choice(pairs.map { ($0.value, Self.untagged($0.key)) }, for: target)
        case "choose":
            guard let items = node.items else {
                error("wrong-type", "'choose' must be a list of {weight, value}", at: node.location)
                return nil
            }
            var options: [(RawNode, RawNode)] = []
            for item in items {
                guard let pairs = mapping(item, for: "choose", allowed: ["weight", "value"]),
                    let weight = value(of: "weight", in: pairs), let value = value(of: "value", in: pairs)
                else {
                    error(
                        "invalid-distribution",
                        "each 'choose' entry needs 'weight' and 'value'",
                        at: item.location
                    )
                    return nil
                }
                options.append((weight, value))
            }
            return choice(options, for: target)
        case "uniform":
            guard isNumeric else { return notFor(key, target, node, "int, double or date") }
            guard let items = node.items, items.count == 2, let low = number(items[0], for: "uniform"),
                let high = number(items[1], for: "uniform"), low <= high
            else {
                error(
                    "invalid-distribution",
                    "'uniform' must be [low, high] with low ≤ high",
                    at: node.location
                )
                return nil
            }
            return .uniform(low: low, high: high)
        default:
            guard isNumeric else { return notFor(key, target, node, "int, double or date") }
            guard let pairs = mapping(node, for: "normal", allowed: ["mean", "sd"]),
                let meanNode = value(of: "mean", in: pairs), let sdNode = value(of: "sd", in: pairs),
                let mean = number(meanNode, for: "mean"), let sd = number(sdNode, for: "sd", in: 0...1e9)
            else {
                error("invalid-distribution", "'normal' must be {mean: M, sd: S}", at: node.location)
                return nil
            }
            return .normal(mean: mean, standardDeviation: sd)
        }
    }

    private mutating func choice(
        _ options: [(weight: RawNode, value: RawNode)],
        for target: FactTarget
    ) -> FactDistribution.Shape? {
        var values: [WeightedValue] = []
        for option in options {
            guard let weight = number(option.weight, for: "weight", in: 0...1e9),
                let value = value(option.value, for: target.field, type: target.type, path: target.path)
            else { return nil }
            if weight > 0 { values.append(WeightedValue(weight: weight, value: value)) }
        }
        guard !values.isEmpty else {
            error(
                "invalid-distribution",
                "'\(target.path)' needs at least one positive weight",
                at: target.location
            )
            return nil
        }
        return .choice(values)
    }

    /// A mapping key as written, without the tag the loader may give keys, so `1` and `true` keep their type.
    static func untagged(_ key: RawNode) -> RawNode {
        guard let scalar = key.scalar else { return key }
        return RawNode(.scalar(scalar.text, scalar.style), at: key.location)
    }

    private mutating func notFor(
        _ key: String,
        _ target: FactTarget,
        _ node: RawNode,
        _ types: String
    ) -> FactDistribution.Shape? {
        error(
            "invalid-distribution",
            "'\(key)' is only for \(types) facts; '\(target.path)' is not one",
            at: node.location,
            help: "use 'weights' or 'value'"
        )
        return nil
    }
}
