/// A regular expression compiled once, for `matches` with a literal pattern.
public struct CompiledRegex: Sendable {
    /// The pattern as written.
    public let pattern: String

    /// Compiles `pattern` (RE2 syntax, see the discussion of differences on ``Builtins/matches(_:_:)``).
    ///
    /// - Throws: ``RegexError`` when the pattern is invalid or uses syntax RE2 does not have.
    public init(pattern: String) throws(RegexError) {
        self.pattern = pattern
    }

    /// Whether the pattern matches any part of `string` (unanchored, as RE2's `PartialMatch`).
    public func matches(_ string: String) -> Bool {
        false
    }
}

/// Why a regular expression pattern was rejected.
public struct RegexError: Error, Sendable, CustomStringConvertible {
    /// A lowercase message such as `invalid regular expression 'a(': missing ')'`.
    public let message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

extension Builtins {
    /// `s.matches(pattern)` with a pattern known only at run time.
    ///
    /// - Returns: a `bool`; an invalid pattern is an error value.
    public static func matches(_ string: Value, _ pattern: Value) -> Value {
        guard case .string(let s) = string, case .string(let p) = pattern else {
            return propagate(string, pattern)
        }
        do {
            return .bool(try CompiledRegex(pattern: p).matches(s))
        } catch {
            return .error(EvalError(error.message))
        }
    }

    /// `s.matches(pattern)` with a precompiled pattern.
    public static func matches(_ string: Value, _ regex: CompiledRegex) -> Value {
        guard case .string(let s) = string else { return propagate(string, .null) }
        return .bool(regex.matches(s))
    }
}
