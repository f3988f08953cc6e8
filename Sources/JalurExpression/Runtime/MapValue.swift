/// A CEL map value: keys are `int`, `uint`, `bool` or `string`; insertion order is kept for printing.
///
/// Lookups match keys under CEL equality, so that `1`, `1u` and `1.0` find the same entry, and strings by
/// code points. Maps of up to ``linearLimit`` entries are scanned (faster than hashing a key); larger ones
/// keep a hash index of normalized keys, for O(1) lookups. When two entries have equal keys, lookups find
/// the first; build maps from user input with ``Builtins/makeMap(_:)``, which rejects repeated keys.
public struct MapValue: Sendable {
    /// The entries in insertion order.
    ///
    /// Assigning them rebuilds the index.
    public var entries: [(key: Value, value: Value)] {
        didSet { index = Self.makeIndex(entries) }
    }
    /// Positions by normalized key; empty for maps scanned linearly.
    private var index: [MapKey: Int]

    /// The largest map searched by scanning its entries rather than through a hash index.
    public static let linearLimit = 8

    /// Creates a map from entries in order.
    public init(_ entries: [(key: Value, value: Value)] = []) {
        self.entries = entries
        self.index = Self.makeIndex(entries)
    }

    /// Creates a map with string keys, in the order given.
    public init(stringKeyed entries: [(key: String, value: Value)]) {
        self.init(entries.map { (key: Value.string($0.key), value: $0.value) })
    }

    /// The number of entries.
    public var count: Int { entries.count }

    /// The value at `key`, matching numeric keys across `int`, `uint` and `double`; `nil` when absent or
    /// when `key` cannot be a map key.
    ///
    /// - Complexity: O(1) on average.
    public func value(forKey key: Value) -> Value? {
        guard let normalized = MapKey(key), let position = position(of: normalized) else { return nil }
        return entries[position].value
    }

    /// The value at string `key`; `nil` when absent.
    ///
    /// - Complexity: O(1) on average.
    public func value(forKey key: String) -> Value? {
        guard let position = position(of: .string(MapKey.Text(key))) else { return nil }
        return entries[position].value
    }

    /// The position of the first entry whose key equals `key`.
    private func position(of key: MapKey) -> Int? {
        if entries.count > Self.linearLimit { return index[key] }
        return entries.firstIndex { key.matches($0.key) }
    }

    /// The first key that equals an earlier key (or cannot be a key), if any.
    var firstRepeatedKey: Value? {
        for (position, entry) in entries.enumerated() {
            guard let key = MapKey(entry.key), self.position(of: key) == position else { return entry.key }
        }
        return nil
    }

    private static func makeIndex(_ entries: [(key: Value, value: Value)]) -> [MapKey: Int] {
        guard entries.count > linearLimit else { return [:] }
        var index: [MapKey: Int] = [:]
        index.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() {
            guard let key = MapKey(entry.key), index[key] == nil else { continue }
            index[key] = position
        }
        return index
    }
}

/// A map key normalized for hashing: numbers that are CEL-equal normalize to the same key.
enum MapKey: Hashable, Sendable {
    /// An integral number in `Int64` range (from `int`, `uint` or `double`).
    case signed(Int64)
    /// An integral number above `Int64.max`.
    case unsigned(UInt64)
    case bool(Bool)
    case string(Text)

    /// A string compared by code points (CEL), not by canonical equivalence (Swift's `==`).
    struct Text: Hashable, Sendable {
        let string: String

        init(_ string: String) { self.string = string }

        static func == (lhs: Text, rhs: Text) -> Bool { lhs.string.hasSameScalars(as: rhs.string) }

        // Code-point-equal strings are canonically equivalent, so String's hash is consistent with `==`.
        func hash(into hasher: inout Hasher) { hasher.combine(string) }
    }

    /// Normalizes `value`; `nil` for values that cannot be map keys (and for non-integral doubles, which
    /// equal no valid key).
    init?(_ value: Value) {
        switch value {
        case .int(let i): self = .signed(i)
        case .uint(let u): self = u <= UInt64(Int64.max) ? .signed(Int64(u)) : .unsigned(u)
        case .bool(let b): self = .bool(b)
        case .string(let s): self = .string(Text(s))
        case .double(let d):
            if let i = Int64(exactly: d) {
                self = .signed(i)
            } else if let u = UInt64(exactly: d) {
                self = .unsigned(u)
            } else {
                return nil
            }
        default: return nil
        }
    }

    /// Whether an entry's key equals this key, without normalizing the entry's key.
    @inline(__always)
    func matches(_ entryKey: Value) -> Bool {
        switch (self, entryKey) {
        case (.string(let text), .string(let s)): s.hasSameScalars(as: text.string)
        case (.signed(let i), .int(let j)): i == j
        case (.signed(let i), .uint(let u)): i >= 0 && UInt64(i) == u
        case (.unsigned(let u), .uint(let v)): u == v
        case (.bool(let a), .bool(let b)): a == b
        default: false
        }
    }
}
