import JalurExpression
import Testing

/// Random input must give a value or a compile error, never a crash or a hang.
struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "resident", ".", "cows", "age", "substances", "family", "conflict_level", "(", ")", "[", "]", "{", "}", ",",
        ":", "?", "!", "-", "+", "*", "/", "%", "==", "!=", "<", ">=", "&&", "||", " in ", " and ", "1", "0", "-1",
        "9223372036854775807", "1.5", "2u", "'heroin'", "\"x\"", "b'\\x00'", "r'\\d'", "true", "null", "x",
        ".exists(x, ", ".all(x, ", ".map(x, ", ".filter(x, ", "size(", "has(", "int(", "dyn(", "type(",
        "timestamp('2026-01-01T00:00:00Z')", "duration('1h')", "date('2026-03-02')", "days_since(", "'\\",
        ".matches('(')", ".getHours('Asia/Jakarta')", "1/0", " ", "\n", "//c\n", "é", "'''",
    ]

    @Test(arguments: 0..<8)
    func randomExpressionsNeverCrash(seed: UInt64) {
        let fixture = ResidentFixture()
        var generator = SplitMix64(state: seed)
        var compiledCount = 0
        for _ in 0..<300 {
            let count = Int.random(in: 1...25, using: &generator)
            let source = (0..<count).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
            do {
                let compiled = try fixture.environment.compile(source)
                compiledCount += 1
                _ = compiled.evaluate(fixture.activation(["cows": .int(3), "substances": .list([.string("heroin")])]))
                _ = try fixture.environment.compile(source, checksTypes: false)
            } catch {
                #expect(!error.issues.isEmpty, "a compile error must name at least one issue: \(source)")
                for issue in error.issues {
                    #expect(issue.offset >= 0 && issue.offset <= source.unicodeScalars.count, "\(source)")
                }
            }
        }
        #expect(compiledCount > 0, "the generator should produce some valid expressions")
    }
}
