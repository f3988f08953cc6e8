/// A referral destination from a `kind: services` document (SPEC §2.2).
public struct Service: Sendable {
    /// The service id, unique across the program.
    public var id: Located<String>
    /// Its name for people.
    public var title: LocalizedText
    /// `health`, `mental-health`, `education`, `vocational`, `legal`, `social`, `family`, `spiritual`,
    /// `aftercare` or `internal`.
    public var type: String
    /// Referrals it can take per week, for cohort simulation.
    public var capacityPerWeek: Int?
    /// Free-text contact details.
    public var contact: String?
    /// The id of the `services` document that declares it.
    public var document: String
    /// What the service offers, for people.
    public var description: LocalizedText?

    /// Creates a service.
    public init(
        id: Located<String>,
        title: LocalizedText,
        type: String,
        capacityPerWeek: Int? = nil,
        contact: String? = nil,
        document: String,
        description: LocalizedText? = nil
    ) {
        self.id = id
        self.title = title
        self.type = type
        self.capacityPerWeek = capacityPerWeek
        self.contact = contact
        self.document = document
        self.description = description
    }
}
