import JalurModel

/// Reasons for the engine's built-in entries (`min-days`, `overdue`, the forward move), in English and
/// Indonesian.
enum BuiltinText {
    static func minDays(_ minimum: Int, daysLeft: Int) -> LocalizedText {
        LocalizedText([
            ("en", "Minimum stay of \(days(minimum)) not reached yet (\(days(daysLeft)) to go)"),
            ("id", "Lama tinggal minimum \(minimum) hari belum tercapai (\(daysLeft) hari lagi)"),
        ])
    }

    static let minDaysUndetermined = LocalizedText([
        ("en", "Minimum stay could not be worked out"),
        ("id", "Lama tinggal minimum tidak dapat dihitung"),
    ])

    static func overdue(daysOver: Int, maximum: Int) -> LocalizedText {
        LocalizedText([
            ("en", "\(days(daysOver)) past the stage's maximum of \(days(maximum))"),
            ("id", "\(daysOver) hari melewati batas \(maximum) hari untuk tahap ini"),
        ])
    }

    /// `1 day`, `2 days`.
    static func days(_ count: Int) -> String {
        abs(count) == 1 ? "\(count) day" : "\(count) days"
    }

    static let forwardMove = LocalizedText([
        ("en", "Every exit criterion holds and the minimum stay is reached"),
        ("id", "Semua kriteria keluar terpenuhi dan lama tinggal minimum tercapai"),
    ])
}
