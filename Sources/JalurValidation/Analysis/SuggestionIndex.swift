import JalurDiagnostics

/// "Did you mean" over a fixed set of names, for checks that may look up many misspelt names.
///
/// Gives the same answer as ``DidYouMean/closest(to:among:)`` (same distance, limit and tie-break on the
/// sorted names) but prepares the candidates once, skips those whose length alone puts them out of reach,
/// stops each distance at the limit, and remembers answers, so a program full of typos stays fast.
final class SuggestionIndex {
    private let candidates: [(name: String, scalars: [Unicode.Scalar])]
    private var answers: [String: String?] = [:]
    private let longest: Int

    /// Prepares `names` (duplicates are ignored).
    init(_ names: some Sequence<String>) {
        candidates = Set(names).sorted().map { ($0, Array($0.lowercased().unicodeScalars)) }
        longest = candidates.map(\.scalars.count).max() ?? 0
    }

    /// The name closest to `name`, if one is a plausible typo of it.
    func closest(to name: String) -> String? {
        if let known = answers[name] { return known }
        let target = Array(name.lowercased().unicodeScalars)
        let limit = max(2, name.count / 3)
        var best: (name: String, distance: Int)?
        // Two rows of the distance table, reused for every candidate.
        var previous = [Int](repeating: 0, count: longest + 1)
        var current = previous
        for candidate in candidates where abs(candidate.scalars.count - target.count) <= limit {
            let bound = min(limit, (best?.distance ?? Int.max) - 1)
            guard bound >= 0 else { break }
            if let distance = Self.distance(target, candidate.scalars, atMost: bound, rows: &previous, &current) {
                best = (candidate.name, distance)
            }
        }
        answers[name] = .some(best?.name)
        return best?.name
    }

    /// The Levenshtein distance between `a` and `b` when it is at most `limit`, else `nil`.
    ///
    /// - Complexity: O(`a.count` × `limit`): only cells within `limit` of the diagonal are computed.
    /// `previous` and `current` are scratch rows of at least `b.count + 1` elements.
    static func distance(
        _ a: [Unicode.Scalar],
        _ b: [Unicode.Scalar],
        atMost limit: Int,
        rows previous: inout [Int],
        _ current: inout [Int]
    ) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let outside = limit + 1
        for j in 0...b.count { previous[j] = j <= limit ? j : outside }
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[0] = i <= limit ? i : outside
            if low > 1 { current[low - 1] = outside }
            var rowMinimum = current[0]
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    current[j] = min(value, outside)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if high < b.count { current[high + 1] = outside }
            guard rowMinimum <= limit else { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
