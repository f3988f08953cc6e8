import JalurModel

extension JalurSchema {
    /// `kind: services` (SPEC §2.2): referral destinations.
    static func servicesDefinitions() -> [OrderedJSON.Member] {
        [
            .init("servicesDocument", servicesDocument()),
            .init("service", service()),
        ]
    }

    private static func servicesDocument() -> OrderedJSON {
        documentObject(
            .services,
            "Services: the destinations rules refer residents to.",
            required: ["services"],
            properties: [
                "description": SchemaKeywords.ref("text", "What these services are, for people."),
                "services": SchemaKeywords.array(of: ref("service"), "The services."),
            ]
        )
    }

    private static func service() -> OrderedJSON {
        SchemaKeywords.closedObject(
            "A referral destination.",
            required: ["id", "title", "type"],
            properties: [
                "id": SchemaKeywords.ref("id", "The service id, unique across the program."),
                "title": SchemaKeywords.ref("text", "The service's name for people."),
                "type": SchemaKeywords.ref("serviceType", "What kind of service this is."),
                "capacity_per_week": SchemaKeywords.integer(
                    "Referrals the service can take per week, for cohort simulation.",
                    minimum: 0
                ),
                "contact": SchemaKeywords.string("Free-text contact details."),
                "description": SchemaKeywords.ref("text", "What the service offers, for people."),
            ]
        )
    }
}
