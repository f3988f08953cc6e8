#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One line of a JSON Lines file, as handed out by ``JSONLinesReader``.
public struct JSONLine: Sendable, Hashable {
    /// The 1-based line number in the file.
    public var number: Int
    /// Where its bytes are in ``JSONLinesBatch/bytes`` (without the line break).
    public var range: Range<Int>
    /// Whether the line was longer than the reader's limit; its bytes are then dropped.
    public var isTooLong: Bool
}

/// Consecutive lines of a JSON Lines file with their bytes, ready to be parsed in parallel.
public struct JSONLinesBatch: Sendable {
    /// The lines' bytes, back to back.
    public var bytes: [UInt8] = []
    /// The non-blank lines, in file order.
    public var lines: [JSONLine] = []
}

/// Why a JSON Lines file could not be read.
public struct JSONLinesReadError: Error, Sendable, CustomStringConvertible {
    /// What failed, lowercase.
    public var message: String
    /// The message, as printed.
    public var description: String { message }
}

/// Reads a JSON Lines file incrementally, a batch of lines at a time, never holding the whole file.
///
/// Blank lines are skipped; a line longer than ``maxLineLength`` bytes is reported as too long and skipped.
public final class JSONLinesReader {
    /// The longest line accepted, in bytes.
    public let maxLineLength: Int
    private let descriptor: Int32
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var lineNumber = 0
    private var isAtEnd = false
    private var isSkippingLongLine = false

    /// Opens `path` for reading.
    ///
    /// - Parameters:
    ///   - path: The file to read.
    ///   - maxLineLength: The longest line accepted, in bytes (default 1 MiB).
    /// - Throws: ``JSONLinesReadError`` when the file cannot be opened.
    public init(path: String, maxLineLength: Int = 1 << 20) throws(JSONLinesReadError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw JSONLinesReadError(message: "cannot open '\(path)': \(String(cString: strerror(errno)))")
        }
        self.descriptor = descriptor
        self.maxLineLength = maxLineLength
        self.buffer = [UInt8](repeating: 0, count: max(maxLineLength, 1 << 16) * 2)
    }

    deinit { close(descriptor) }

    /// Reads up to `maxLines` lines or about `maxBytes` bytes; `nil` at the end of the file.
    public func nextBatch(maxLines: Int = 2048, maxBytes: Int = 4 << 20) throws(JSONLinesReadError) -> JSONLinesBatch? {
        var batch = JSONLinesBatch()
        batch.bytes.reserveCapacity(min(maxBytes + maxLineLength, 8 << 20))
        while batch.lines.count < maxLines, batch.bytes.count < maxBytes {
            guard let line = try nextLine() else { break }
            switch line {
            case .tooLong(let number):
                batch.lines.append(
                    JSONLine(number: number, range: batch.bytes.count..<batch.bytes.count, isTooLong: true)
                )
            case .text(let number, let range):
                if isBlank(range) { continue }
                let from = batch.bytes.count
                buffer.withUnsafeBufferPointer { batch.bytes.append(contentsOf: $0[range]) }
                batch.lines.append(JSONLine(number: number, range: from..<batch.bytes.count, isTooLong: false))
            }
        }
        return batch.lines.isEmpty ? nil : batch
    }

    private enum Line {
        case text(Int, Range<Int>)
        case tooLong(Int)
    }

    private func nextLine() throws(JSONLinesReadError) -> Line? {
        var scanFrom = start
        while true {
            if let newline = findNewline(from: scanFrom) {
                lineNumber += 1
                let range = start..<trimmingCarriageReturn(start, newline)
                start = newline + 1
                if isSkippingLongLine {
                    isSkippingLongLine = false
                    return .tooLong(lineNumber)
                }
                if range.count > maxLineLength { return .tooLong(lineNumber) }
                return .text(lineNumber, range)
            }
            if isAtEnd {
                guard start < end || isSkippingLongLine else { return nil }
                lineNumber += 1
                let range = start..<end
                start = end
                if isSkippingLongLine || range.count > maxLineLength {
                    isSkippingLongLine = false
                    return .tooLong(lineNumber)
                }
                return .text(lineNumber, range)
            }
            if end - start > maxLineLength {
                isSkippingLongLine = true
                start = end
            }
            scanFrom = end - start
            try refill()
            scanFrom = start + scanFrom
        }
    }

    private func findNewline(from offset: Int) -> Int? {
        guard offset < end else { return nil }
        return buffer.withUnsafeBufferPointer { pointer -> Int? in
            guard let base = pointer.baseAddress,
                let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), end - offset)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func trimmingCarriageReturn(_ from: Int, _ newline: Int) -> Int {
        newline > from && buffer[newline - 1] == 0x0D ? newline - 1 : newline
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        buffer[range].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// Moves the unread bytes to the front and reads more after them.
    private func refill() throws(JSONLinesReadError) {
        if start > 0 {
            let count = end - start
            buffer.withUnsafeMutableBufferPointer { pointer in
                guard let base = pointer.baseAddress else { return }
                memmove(base, base + start, count)
            }
            end = count
            start = 0
        }
        let capacity = buffer.count - end
        let count = buffer.withUnsafeMutableBufferPointer { pointer -> Int in
            guard let base = pointer.baseAddress else { return 0 }
            return systemRead(descriptor, base + end, capacity)
        }
        if count < 0 { throw JSONLinesReadError(message: "cannot read: \(String(cString: strerror(errno)))") }
        if count == 0 { isAtEnd = true }
        end += count
    }
}

/// `read(2)`, named apart from the reader's own methods.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
