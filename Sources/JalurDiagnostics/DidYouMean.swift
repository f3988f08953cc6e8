/// Finds the closest candidate to a misspelt name, for "did you mean" hints.
public enum DidYouMean {
    /// The candidate closest to `name` by edit distance, if it is close enough to be a plausible typo.
    ///
    /// - Parameters:
    ///   - name: What the user wrote.
    ///   - candidates: The valid names.
    /// - Returns: The best candidate, or `nil` when none is within a third of the name's length (at least 2 edits).
    public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(2, name.count / 3)
        let length = name.lowercased().unicodeScalars.count
        var best: (name: String, distance: Int)?
        for candidate in candidates.sorted() {
            // The distance is at least the difference in length: skip hopeless candidates without the
            // quadratic comparison, so that a megabyte-long name stays cheap.
            guard abs(candidate.lowercased().unicodeScalars.count - length) <= limit else { continue }
            let distance = editDistance(name, candidate)
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// The Levenshtein distance between two strings, in Unicode scalars, case-insensitive.
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.lowercased().unicodeScalars)
        let b = Array(rhs.lowercased().unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
