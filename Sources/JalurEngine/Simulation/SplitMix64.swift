/// The SplitMix64 generator (Steele, Lea and Flood 2014), as in swift-argument-parser's `roll` example.
///
/// Each call adds the golden-ratio increment `0x9E3779B97F4A7C15` to a 64-bit state and mixes it with two
/// multiply–xor-shift rounds. It uses only integer arithmetic, so a seed gives the same numbers on every
/// machine. Cohort simulation gives every resident its own generator, seeded from the run's seed and the
/// resident's admission number (``init(seed:stream:)``), so one resident's draws never shift another's.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator with `seed` as its state.
    public init(seed: UInt64) { state = seed }

    /// Creates the generator of stream `stream` of a run seeded with `seed`: the state is the
    /// first output of `SplitMix64(seed: seed ^ (stream &* 0xD1B54A32D192ED03))`.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double in [0, 1) from the top 53 bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// `true` with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        p >= 1 || (p > 0 && unit() < p)
    }

    /// A whole number in `low...high` (inclusive), without modulo bias.
    public mutating func integer(_ low: Int, _ high: Int) -> Int {
        guard high > low else { return low }
        let span = UInt64(high - low) + 1
        return low + Int(next(upperBound: span))
    }

    /// An approximately normal draw: the Irwin–Hall sum of 12 uniforms minus 6, scaled.
    ///
    /// It uses only additions and multiplications, which IEEE 754 rounds the same everywhere, unlike
    /// `log` and `cos` of the Box–Muller method; draws lie within 6 standard deviations of the mean.
    public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += unit() }
        return mean + (sum - 6) * standardDeviation
    }

    /// A Poisson draw with mean `mean` (Knuth's multiplication method; `mean` up to about 500).
    public mutating func poisson(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        let limit = Self.exponential(of: -mean)
        var count = 0
        var product = unit()
        while product > limit, count < 10_000 {
            count += 1
            product *= unit()
        }
        return count
    }

    /// e^x for x ≤ 0 from a Taylor series on x / 2^k squared k times: only correctly rounded IEEE operations,
    /// so the result is the same on every machine.
    static func exponential(of x: Double) -> Double {
        var k = 0
        var reduced = x
        while reduced < -0.5 {
            reduced /= 2
            k += 1
        }
        var term = 1.0
        var sum = 1.0
        for n in 1...20 {
            term *= reduced / Double(n)
            sum += term
        }
        for _ in 0..<k { sum *= sum }
        return sum
    }
}
