public import JalurModel

/// The words of text output in English (`en`) or Indonesian (`id`).
struct OutputLabels: Sendable {
    let resident: String
    let asOf: String
    let stage: String
    let days: String
    let overdueBy: String
    let onHold: String
    let urgent: String
    let moves: String
    let stays: String
    let blockedBy: String
    let minDaysLeft: String
    let referrals: String
    let aftercare: String
    let alerts: String
    let recordNext: String
    let undecided: String
    let waitsFor: String
    let nothing: String
    let complete: String
    let explain: String
    let reads: String
    let outOfScope: String
    let notes: String
    let tableHeader: [String]
    let roles: [String: String]
    let urgencies: [Urgency: String]
    let levels: [AlertLevel: String]

    /// The labels for `language`, English when it is not `id`.
    static func forLanguage(_ language: String) -> OutputLabels { language == "id" ? indonesian : english }

    static let english = OutputLabels(
        resident: "Resident",
        asOf: "as of",
        stage: "Stage",
        days: "days",
        overdueBy: "overdue by",
        onHold: "On hold: a referral that holds the stage is open; no stage move until it is done",
        urgent: "Urgent",
        moves: "Moves to",
        stays: "Stays in this stage",
        blockedBy: "blocked by",
        minDaysLeft: "minimum stay not reached",
        referrals: "Referrals",
        aftercare: "Aftercare",
        alerts: "Alerts",
        recordNext: "Record next",
        undecided: "could not be decided",
        waitsFor: "waits for completed referral to",
        nothing: "nothing",
        complete: "stage complete",
        explain: "Explanation",
        reads: "read",
        outOfScope: "not in scope at this stage",
        notes: "Notes",
        tableHeader: ["RESIDENT", "STAGE", "DAYS", "OVERDUE", "URGENT REFERRALS", "ALERTS", "UNDETERMINED"],
        roles: ["facilitator": "facilitator", "mediator": "mediator", "advocate": "advocate"],
        urgencies: [.immediate: "immediate", .urgent: "urgent", .soon: "soon", .routine: "routine"],
        levels: [.critical: "critical", .warning: "warning", .info: "info"]
    )

    static let indonesian = OutputLabels(
        resident: "Residen",
        asOf: "per",
        stage: "Tahap",
        days: "hari",
        overdueBy: "terlambat",
        onHold: "Ditahan: ada rujukan yang menahan tahap; tidak pindah tahap sampai selesai",
        urgent: "Mendesak",
        moves: "Pindah ke",
        stays: "Tetap di tahap ini",
        blockedBy: "terhambat oleh",
        minDaysLeft: "lama tinggal minimum belum tercapai",
        referrals: "Rujukan",
        aftercare: "Pascarehabilitasi",
        alerts: "Peringatan",
        recordNext: "Perlu dicatat",
        undecided: "tidak dapat diputuskan",
        waitsFor: "menunggu rujukan selesai ke",
        nothing: "tidak ada",
        complete: "tahap selesai",
        explain: "Penjelasan",
        reads: "membaca",
        outOfScope: "tidak berlaku di tahap ini",
        notes: "Catatan",
        tableHeader: ["RESIDEN", "TAHAP", "HARI", "TERLAMBAT", "RUJUKAN MENDESAK", "PERINGATAN", "BELUM PASTI"],
        roles: ["facilitator": "fasilitator", "mediator": "mediator", "advocate": "advokat"],
        urgencies: [.immediate: "hari ini", .urgent: "72 jam", .soon: "7 hari", .routine: "30 hari"],
        levels: [.critical: "kritis", .warning: "peringatan", .info: "info"]
    )

    /// `1 day`, `3 days`; Indonesian does not inflect (`1 hari`, `3 hari`).
    func days(_ count: Int) -> String {
        count == 1 && days == "days" ? "1 day" : "\(count) \(days)"
    }

    func role(_ role: String?) -> String? { role.map { roles[$0] ?? $0 } }
    func urgency(_ urgency: Urgency) -> String { urgencies[urgency] ?? urgency.rawValue }
    func level(_ level: AlertLevel) -> String { levels[level] ?? level.rawValue }
}
