/// Bounds that keep hostile input from exhausting time, memory or the stack while loading.
public enum LoaderLimits {
    /// The largest file the loader reads, in bytes (10 MiB); a larger file is reported as `file-too-large`
    /// without being read.
    public static let maxFileBytes = 10 * 1024 * 1024

    /// The most YAML nodes one file may hold once every alias is expanded (1,000,000); past it the file is
    /// reported as `too-many-nodes`, which stops "billion laughs" alias bombs.
    public static let maxNodes = 1_000_000

    /// The deepest nesting of sequences and mappings (256 levels); deeper input is reported as
    /// `nesting-too-deep` before the YAML parser, which recurses, ever sees it.
    public static let maxDepth = 256
}
