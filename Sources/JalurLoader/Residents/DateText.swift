import JalurModel

/// Reads `YYYY-MM-DD` straight from UTF-8 bytes: the hot path of resident batches, where every resident has
/// several dates. Rejects impossible days such as `2026-02-30`, and year `0000` (CEL's timestamps start at 0001).
enum DateText {
    /// The day written as `YYYY-MM-DD`, or `nil`.
    static func day(_ text: String) -> Day? {
        var digits: (Int, Int, Int) = (0, 0, 0)
        var index = 0
        for byte in text.utf8 {
            switch index {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            case 0..<10:
                let digit = Int(byte) - 48
                guard digit >= 0, digit <= 9 else { return nil }
                if index < 4 {
                    digits.0 = digits.0 * 10 + digit
                } else if index < 7 {
                    digits.1 = digits.1 * 10 + digit
                } else {
                    digits.2 = digits.2 * 10 + digit
                }
            default: return nil
            }
            index += 1
        }
        let (year, month, day) = digits
        guard index == 10, year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
