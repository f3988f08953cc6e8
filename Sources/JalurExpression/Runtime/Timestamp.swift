/// A point in time: seconds and nanoseconds since 1970-01-01T00:00:00Z (CEL `google.protobuf.Timestamp`).
///
/// Dates of the facts schema are timestamps at midnight UTC.
public struct Timestamp: Hashable, Comparable, Sendable {
    /// Whole seconds since the Unix epoch.
    public var seconds: Int64
    /// Nanoseconds within the second, 0..<1_000_000_000.
    public var nanos: Int32

    /// Creates a timestamp.
    public init(seconds: Int64, nanos: Int32 = 0) {
        self.seconds = seconds
        self.nanos = nanos
    }

    /// Whether `lhs` is earlier than `rhs`.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
    }
}

/// A signed span of time (CEL `google.protobuf.Duration`).
public struct CELDuration: Hashable, Comparable, Sendable {
    /// Whole seconds.
    public var seconds: Int64
    /// Nanoseconds, with the same sign as `seconds`.
    public var nanos: Int32

    /// Creates a duration.
    public init(seconds: Int64, nanos: Int32 = 0) {
        self.seconds = seconds
        self.nanos = nanos
    }

    /// Whether `lhs` is shorter (more negative) than `rhs`.
    public static func < (lhs: CELDuration, rhs: CELDuration) -> Bool {
        (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
    }
}
