import JalurDiagnostics
import JalurModel

/// Reads a `kind: services` document (SPEC §2.2).
struct ServicesReader {
    /// The service types of SPEC §2.2.
    static let types = [
        "health", "mental-health", "education", "vocational", "legal", "social", "family", "spiritual", "aftercare",
        "internal",
    ]

    let context: ReadContext

    /// The services in `mapping`, in file order.
    func read(_ mapping: MappingReader, header: DocumentHeader) -> [Service] {
        mapping.rejectUnknownKeys(allowed: DocumentHeader.commonKeys + ["services", "description"])
        _ = mapping.value("description").map { context.text($0, for: "description") }
        guard let list = mapping.required("services", example: "[{id: ..., title: ..., type: health}]"),
            let items = context.list(list, for: "services")
        else { return [] }
        return items.compactMap { readService($0, document: header.id.value) }
    }

    private func readService(_ node: RawNode, document: String) -> Service? {
        guard let service = MappingReader(node, what: "a service", key: "services", context: context) else {
            return nil
        }
        service.rejectUnknownKeys(allowed: ["id", "title", "type", "capacity_per_week", "contact", "description"])
        let id = service.required("id", example: "rsj-detox").flatMap { context.identifier($0, for: "id") }
        let title = service.required("title", example: "{en: ..., id: ...}").flatMap { context.text($0, for: "title") }
        let type = service.required("type", example: "health").flatMap {
            context.choice($0, for: "type", among: Self.types)
        }
        let capacity = service.value("capacity_per_week").flatMap { context.count($0, for: "capacity_per_week") }
        let contact = service.value("contact").flatMap { context.string($0, for: "contact") }
        let description = service.value("description").flatMap { context.text($0, for: "description") }
        guard let id, let title, let type else { return nil }
        return Service(
            id: id,
            title: title,
            type: type.value,
            capacityPerWeek: capacity?.value,
            contact: contact?.value,
            document: document,
            description: description
        )
    }
}
