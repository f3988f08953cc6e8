internal import Foundation

/// A regular expression compiled once, for `matches`.
///
/// Patterns use RE2 syntax and run on Foundation's `NSRegularExpression` (ICU). The translation keeps
/// RE2's meaning where the two differ:
/// - `\d`, `\w`, `\s` and their negations are ASCII-only, as in RE2 (ICU's are Unicode).
/// - `$` outside multi-line mode matches only at the end of the text (RE2), not before a final newline.
/// - `(?P<name>…)` groups become ICU's `(?<name>…)`.
/// - In a character class, `[` and `&` are literal, as in RE2 (ICU reads them as set operators).
/// - Backreferences (`\1`), lookaround (`(?=`, `(?!`, `(?<=`, `(?<!`), atomic groups `(?>` and possessive
///   quantifiers (`*+`, `++`, `?+`), which RE2 does not have, are rejected.
///
/// Remaining differences: `\b` uses Unicode word characters; matching runs in backtracking time rather
/// than RE2's linear time; the `(?U)` flag is not supported.
///
/// Plain-text patterns, optionally anchored (`^meth`), skip the engine and compare code points directly.
public struct CompiledRegex: Sendable {
    /// The pattern as written.
    public let pattern: String
    private let matcher: Matcher

    private enum Matcher: Sendable {
        case literal(LiteralPattern)
        case expression(NSRegularExpression)
    }

    /// Compiles an RE2 `pattern`.
    ///
    /// - Throws: ``RegexError`` when the pattern is invalid or uses syntax RE2 does not have.
    public init(pattern: String) throws(RegexError) {
        self.pattern = pattern
        if let literal = LiteralPattern(pattern) {
            matcher = .literal(literal)
            return
        }
        let translated = try RE2Translator.translate(pattern)
        do {
            matcher = .expression(try NSRegularExpression(pattern: translated))
        } catch {
            throw RegexError("invalid regular expression '\(pattern)'")
        }
    }

    /// Whether the pattern matches any part of `string` (unanchored, as RE2's `PartialMatch`).
    public func matches(_ string: String) -> Bool {
        switch matcher {
        case .literal(let literal):
            return literal.matches(string)
        case .expression(let expression):
            let range = NSRange(location: 0, length: string.utf16.count)
            return expression.firstMatch(in: string, options: [], range: range) != nil
        }
    }

    /// Whether the pattern is plain text matched without the regular-expression engine.
    var isLiteral: Bool {
        if case .literal = matcher { return true }
        return false
    }
}

/// Why a regular expression pattern was rejected.
public struct RegexError: Error, Sendable, CustomStringConvertible {
    /// A lowercase message such as `invalid regular expression 'a('`.
    public let message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

extension Builtins {
    /// `s.matches(pattern)` with a pattern known only at run time (compiled patterns are cached).
    ///
    /// - Returns: a `bool`; an invalid pattern is an error value.
    public static func matches(_ string: Value, _ pattern: Value) -> Value {
        guard case .string(let s) = string, case .string(let p) = pattern else {
            return propagate(string, pattern)
        }
        switch RegexCache.shared.regex(for: p) {
        case .success(let regex): return .bool(regex.matches(s))
        case .failure(let error): return .error(EvalError(error.message))
        }
    }

    /// `s.matches(pattern)` with a precompiled pattern.
    public static func matches(_ string: Value, _ regex: CompiledRegex) -> Value {
        guard case .string(let s) = string else { return propagate(string, .null) }
        return .bool(regex.matches(s))
    }
}

/// A bounded, thread-safe cache of compiled patterns for `matches` with non-literal patterns.
final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()
    private static let capacity = 256
    private let lock = NSLock()
    private var compiled: [String: Result<CompiledRegex, RegexError>] = [:]

    func regex(for pattern: String) -> Result<CompiledRegex, RegexError> {
        if let hit = lock.withLock({ compiled[pattern] }) { return hit }
        let result = Result { () throws(RegexError) in try CompiledRegex(pattern: pattern) }
        lock.withLock {
            if compiled.count >= Self.capacity { compiled.removeAll(keepingCapacity: true) }
            compiled[pattern] = result
        }
        return result
    }
}
