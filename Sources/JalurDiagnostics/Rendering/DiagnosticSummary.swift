/// The totals shown after a list of diagnostics: how many of each severity, whether the command passed, and
/// counts describing what was checked.
public struct DiagnosticSummary: Hashable, Sendable {
    /// A named count of what was checked, such as `documents: 9`.
    public struct Statistic: Hashable, Sendable {
        /// A lowercase plural noun used as a JSON key (`documents`, `stages`).
        public var name: String
        /// How many.
        public var value: Int

        /// Creates a statistic.
        public init(_ name: String, _ value: Int) {
            self.name = name
            self.value = value
        }
    }

    /// Diagnostics of severity ``Severity/error``.
    public var errors: Int
    /// Diagnostics of severity ``Severity/warning``.
    public var warnings: Int
    /// Diagnostics of severity ``Severity/note``.
    public var notes: Int
    /// Whether warnings fail the command (`--strict`).
    public var isStrict: Bool
    /// What was checked, in display order.
    public var statistics: [Statistic]

    /// Counts the severities of `diagnostics`.
    ///
    /// - Parameters:
    ///   - diagnostics: Everything reported.
    ///   - isStrict: Whether warnings fail the command.
    ///   - statistics: What was checked, in display order.
    public init(counting diagnostics: [Diagnostic], isStrict: Bool = false, statistics: [Statistic] = []) {
        errors = diagnostics.count { $0.severity == .error }
        warnings = diagnostics.count { $0.severity == .warning }
        notes = diagnostics.count { $0.severity == .note }
        self.isStrict = isStrict
        self.statistics = statistics
    }

    /// Whether the command succeeds: no errors, and no warnings when strict.
    public var passed: Bool { errors == 0 && (!isStrict || warnings == 0) }

    /// `1 error, 2 warnings`: the non-zero severity counts, or `nil` when there are none.
    public var countsPhrase: String? {
        let parts = [(errors, "error"), (warnings, "warning"), (notes, "note")].filter { $0.0 > 0 }.map {
            "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")"
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
