internal import JalurDiagnostics

extension Checker {
    /// The closest name by edit distance, else the only candidate that starts with `name` (`conflict` →
    /// `conflict_level`).
    func suggestion(for name: String, among candidates: [String]) -> String? {
        if let closest = DidYouMean.closest(to: name, among: candidates) { return closest }
        let extensions = Set(candidates.filter { $0.hasPrefix(name) && name.count >= 3 })
        return extensions.count == 1 ? extensions.first : nil
    }
}
