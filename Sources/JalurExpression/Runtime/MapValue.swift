/// A CEL map value: keys are `int`, `uint`, `bool` or `string`; insertion order is kept for printing.
public struct MapValue: Sendable {
    /// The entries in insertion order.
    public var entries: [(key: Value, value: Value)]

    /// Creates a map from entries in order.
    public init(_ entries: [(key: Value, value: Value)] = []) {
        self.entries = entries
    }
}
