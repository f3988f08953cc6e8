import JalurExpression

/// Builds values of the condition language from fuzz bytes; reading past the end gives zeros.
struct FuzzBytes {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func byte() -> UInt8 {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func uint64() -> UInt64 {
        var result: UInt64 = 0
        for _ in 0..<8 { result = result << 8 | UInt64(byte()) }
        return result
    }

    mutating func int64() -> Int64 {
        switch byte() % 8 {
        case 0: return .max
        case 1: return .min
        case 2: return Int64(Int8(bitPattern: byte()))
        case 3: return 0
        default: return Int64(bitPattern: uint64())
        }
    }

    mutating func double() -> Double {
        switch byte() % 8 {
        case 0: return .nan
        case 1: return .infinity
        case 2: return -.infinity
        case 3: return -0.0
        case 4: return Double(Int8(bitPattern: byte())) / 4
        default: return Double(bitPattern: uint64())
        }
    }

    mutating func string() -> String {
        let count = Int(byte() % 24)
        var scalars: [UInt8] = []
        for _ in 0..<count { scalars.append(byte()) }
        return String(decoding: scalars, as: UTF8.self)
    }

    /// A timestamp inside CEL's range (years 1 to 9999), as resident dates always are.
    mutating func timestamp() -> Timestamp {
        let low: Int64 = -62_135_596_800, high: Int64 = 253_402_300_799
        let seconds = low + Int64(uint64() % UInt64(high - low + 1))
        return Timestamp(seconds: seconds, nanos: Int32(uint64() % 1_000_000_000))
    }

    /// A duration inside CEL's range (±10,000 years).
    mutating func duration() -> CELDuration {
        let bound: Int64 = 315_576_000_000
        let seconds = Int64(bitPattern: uint64() % UInt64(2 * bound + 1)) - bound
        let nanos = Int32(Int64(uint64() % 1_999_999_999) - 999_999_999)
        return CELDuration(seconds: seconds, nanos: seconds == 0 ? nanos : (seconds > 0 ? abs(nanos) : -abs(nanos)))
    }

    mutating func value(depth: Int) -> Value {
        let kind = byte() % (depth < 4 ? 14 : 11)
        switch kind {
        case 0: return .null
        case 1: return .bool(byte() & 1 == 1)
        case 2, 3: return .int(int64())
        case 4: return .uint(uint64())
        case 5: return .double(double())
        case 6, 7: return .string(string())
        case 8: return .timestamp(timestamp())
        case 9: return .duration(duration())
        case 10:
            let names = ["int", "uint", "double", "string", "bool", "null_type", "list", "map", "bytes", "type"]
            return byte() & 1 == 0 ? .bytes(Array(string().utf8)) : .type(names[Int(byte()) % names.count])
        case 11, 12:
            return .list((0..<Int(byte() % 6)).map { _ in value(depth: depth + 1) })
        default:
            var entries: [(key: Value, value: Value)] = []
            for _ in 0..<Int(byte() % 6) {
                let key: Value
                switch byte() % 4 {
                case 0: key = .int(int64())
                case 1: key = .uint(uint64())
                case 2: key = .bool(byte() & 1 == 1)
                default: key = .string(byte() & 1 == 0 ? "f" : string())
                }
                if entries.contains(where: { $0.key.isSameKey(as: key) }) { continue }
                entries.append((key, value(depth: depth + 1)))
            }
            return .map(MapValue(entries))
        }
    }
}

extension Value {
    /// Whether two map keys are the same key (CEL compares int, uint and double keys numerically).
    fileprivate func isSameKey(as other: Value) -> Bool {
        switch (self, other) {
        case (.int(let a), .int(let b)): return a == b
        case (.uint(let a), .uint(let b)): return a == b
        case (.int(let a), .uint(let b)), (.uint(let b), .int(let a)): return a >= 0 && UInt64(a) == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        default: return false
        }
    }
}
