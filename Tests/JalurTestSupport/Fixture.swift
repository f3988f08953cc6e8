public import Foundation

/// Paths to the repository and helpers shared by the test targets.
public enum Repository {
    /// The repository root, found from this source file's path.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()
}
