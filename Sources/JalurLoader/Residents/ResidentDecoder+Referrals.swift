import JalurDiagnostics
import JalurJSON
import JalurModel

extension ResidentDecoder {
    /// Reads `referrals`: a list of `{service, status, date}`.
    func decodeReferrals(_ member: JSONMember?, context: inout DecodeContext) -> [ReferralRecord] {
        guard let member else { return [] }
        if case .null = member.value.value { return [] }
        guard case .array(let nodes) = member.value.value else {
            context.wrongType("referrals", expected: "a list", found: member.value.value, at: member.value.position)
            return []
        }
        return nodes.compactMap { decodeReferral($0, context: &context) }
    }

    private func decodeReferral(_ node: JSONNode, context: inout DecodeContext) -> ReferralRecord? {
        guard case .object(let members) = node.value else {
            context.wrongType(
                "referrals",
                expected: "a list of objects with service, status and date",
                found: node.value,
                at: node.position
            )
            return nil
        }
        var service: String?
        var status: ReferralStatus?
        var date: Day?
        var isValid = true
        for member in members {
            switch member.key {
            case "service": service = referralService(member.value, context: &context)
            case "status": status = referralStatus(member.value, context: &context)
            case "date": date = dateValue(member.value, path: "referrals.date", context: &context)
            default:
                context.unknownKey(member.key, among: Self.referralKeys, in: "a referral", at: member.keyPosition)
                isValid = false
            }
        }
        for (key, present) in [("service", service != nil), ("status", status != nil), ("date", date != nil)]
        where !present {
            if !members.contains(where: { $0.key == key }) {
                context.error(
                    "missing-key",
                    "a referral needs '\(key)'",
                    help: "add '\(key): ...' to the referral",
                    at: node.position
                )
            }
            isValid = false
        }
        guard isValid, let service, let status, let date else { return nil }
        return ReferralRecord(service: service, status: status, date: date)
    }

    private func referralService(_ node: JSONNode, context: inout DecodeContext) -> String? {
        guard case .string(let id) = node.value else {
            context.wrongType("referrals.service", expected: "a string", found: node.value, at: node.position)
            return nil
        }
        if !serviceIDs.contains(id) {
            let close = DidYouMean.closest(to: id, among: serviceIDs).map { "did you mean '\($0)'?" }
            context.warning(
                "unknown-service",
                "the program has no service '\(id)'; this referral is kept in the history only",
                help: close ?? "check the service id against the program's services",
                at: node.position
            )
        }
        return id
    }

    private func referralStatus(_ node: JSONNode, context: inout DecodeContext) -> ReferralStatus? {
        let allowed = ReferralStatus.allCases.map(\.rawValue)
        guard case .string(let text) = node.value else {
            context.wrongType("referrals.status", expected: "a string", found: node.value, at: node.position)
            return nil
        }
        guard let status = ReferralStatus(rawValue: text) else {
            let close = DidYouMean.closest(to: text, among: allowed).map { "did you mean '\($0)'? " } ?? ""
            context.error(
                "unknown-referral-status",
                "referral status '\(text)' is not one of the known statuses",
                help: "\(close)allowed: \(allowed.joined(separator: ", "))",
                at: node.position
            )
            return nil
        }
        return status
    }
}
