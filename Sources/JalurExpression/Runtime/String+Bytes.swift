internal import Foundation

/// Code-point operations on strings through their UTF-8 bytes, which compare in code-point order.
///
/// Swift's `==` and `<` on `String` apply canonical equivalence, which CEL does not; iterating `utf8` views
/// element by element is slow, so these work on contiguous bytes (native strings need no copy).
extension String {
    /// Calls `body` with this string's UTF-8 bytes and `other`'s.
    @inline(__always)
    func withBytes<R>(
        and other: String,
        _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        let result = utf8.withContiguousStorageIfAvailable { lhs in
            other.utf8.withContiguousStorageIfAvailable { rhs in body(lhs, rhs) }
        }
        if let result = result ?? nil { return result }
        let (lhs, rhs) = (Array(utf8), Array(other.utf8))
        return lhs.withUnsafeBufferPointer { a in rhs.withUnsafeBufferPointer { b in body(a, b) } }
    }

    /// Equality by Unicode code points (UTF-8 bytes), unlike `==`, which applies canonical equivalence.
    func hasSameScalars(as other: String) -> Bool {
        // Byte-equal strings are canonically equivalent, so a fast `==` rules out most unequal pairs.
        guard utf8.count == other.utf8.count, self == other else { return false }
        let equal = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b in a.isEqual(to: b) }
        }
        return (equal ?? nil) ?? Array(utf8).elementsEqual(other.utf8)
    }

    /// This string compared with `other` by code points: negative when it sorts first, 0 when equal,
    /// positive when it sorts last.
    func compareScalars(with other: String) -> Int {
        withBytes(and: other) { a, b in
            let common = Swift.min(a.count, b.count)
            if common > 0, let x = a.baseAddress, let y = b.baseAddress {
                let order = memcmp(x, y, common)
                if order != 0 { return Int(order) }
            }
            return a.count - b.count
        }
    }

    /// Whether `other`'s code points occur consecutively in this string.
    func containsScalars(of other: String) -> Bool {
        withBytes(and: other) { haystack, needle in
            guard let first = needle.first else { return true }
            guard needle.count <= haystack.count else { return false }
            for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                let window = UnsafeBufferPointer(rebasing: haystack[start..<(start + needle.count)])
                if window.isEqual(to: needle) { return true }
            }
            return false
        }
    }

    /// Whether this string begins with `prefix`'s code points.
    func hasScalarPrefix(_ prefix: String) -> Bool {
        withBytes(and: prefix) { a, p in
            p.count <= a.count && UnsafeBufferPointer(rebasing: a[0..<p.count]).isEqual(to: p)
        }
    }

    /// Whether this string ends with `suffix`'s code points.
    func hasScalarSuffix(_ suffix: String) -> Bool {
        withBytes(and: suffix) { a, s in
            s.count <= a.count && UnsafeBufferPointer(rebasing: a[(a.count - s.count)...]).isEqual(to: s)
        }
    }

    /// The number of Unicode code points: the UTF-8 bytes that are not continuation bytes.
    var scalarCount: Int {
        let count = utf8.withContiguousStorageIfAvailable { bytes in
            var scalars = 0
            for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
            return scalars
        }
        return count ?? unicodeScalars.count
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Byte equality.
    @inline(__always)
    func isEqual(to other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        guard count > 0, let a = baseAddress, let b = other.baseAddress else { return true }
        return memcmp(a, b, count) == 0
    }
}
