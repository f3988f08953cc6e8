import JalurModel

/// `days_in_stage` and `days_in_program` for one resident on one date, with notes on fallbacks.
///
/// `days_in_stage` counts from `stage_entered_on`; when that is not recorded, from `admitted_on`; when
/// neither is, it is 0. `days_in_program` counts from `admitted_on`; when that is not recorded, from
/// `stage_entered_on`; else 0. Each fallback adds a note to the evaluation, as does a stage entered before the
/// admission.
struct StayDays {
    let inStage: Int
    let inProgram: Int
    let notes: [String]

    /// Whether the as-of date is before the resident entered the stage or the program.
    var isBeforeEntry: Bool { inStage < 0 || inProgram < 0 }

    init(resident: Resident, asOf: Day) {
        var notes: [String] = []
        if let entered = resident.stageEnteredOn {
            inStage = asOf.days(since: entered)
        } else if let admitted = resident.admittedOn {
            inStage = asOf.days(since: admitted)
            notes.append("stage_entered_on is not recorded: days_in_stage counts from admitted_on")
        } else {
            inStage = 0
            notes.append("stage_entered_on and admitted_on are not recorded: days_in_stage is taken as 0")
        }
        if let admitted = resident.admittedOn {
            inProgram = asOf.days(since: admitted)
        } else if let entered = resident.stageEnteredOn {
            inProgram = asOf.days(since: entered)
            notes.append("admitted_on is not recorded: days_in_program counts from stage_entered_on")
        } else {
            inProgram = 0
            notes.append("admitted_on is not recorded: days_in_program is taken as 0")
        }
        if let entered = resident.stageEnteredOn, let admitted = resident.admittedOn, entered < admitted {
            notes.append("stage_entered_on \(entered) is before admitted_on \(admitted): check both dates")
        }
        if inStage < 0 || inProgram < 0 {
            notes.append("the as-of date \(asOf) is before the resident entered the stage or the program")
        }
        self.notes = notes
    }
}
