#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output behind a large buffer, written with `write(2)` in big chunks.
///
/// When the reader goes away (a closed pipe) it stops writing quietly.
struct NextOutputSink {
    private var buffer: [UInt8] = []
    private let capacity: Int
    private(set) var isClosed = false

    init(capacity: Int = 1 << 20) {
        self.capacity = capacity
        buffer.reserveCapacity(capacity + (64 << 10))
    }

    mutating func write(_ bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    mutating func write(_ text: String) { write(text.utf8) }

    mutating func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !isClosed else { return }
        var offset = 0
        buffer.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            while offset < raw.count {
                let written = systemWrite(STDOUT_FILENO, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    isClosed = true
                    return
                }
                offset += written
            }
        }
    }
}

/// `write(2)`, named apart from the sink's own methods.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
