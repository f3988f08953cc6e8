/// One accepted way to call a library function: receiver-style or global, with argument kinds.
struct Signature {
    /// Which argument types an overload accepts; `dyn` arguments are accepted and checked at run time.
    enum Kind {
        case any, string, timestamp, duration, sizable, timeSource
        case exact(ExprType)
        case kinds([Kind])

        func accepts(_ type: ExprType) -> Bool {
            switch (self, type) {
            case (_, .dyn), (.any, _): true
            case (.string, .string), (.string, .enumeration): true
            case (.timestamp, .timestamp), (.duration, .duration): true
            case (.sizable, .string), (.sizable, .enumeration), (.sizable, .bytes), (.sizable, .list),
                (.sizable, .map):
                true
            case (.timeSource, .timestamp), (.timeSource, .duration): true
            case (.exact(let expected), _): type.erasingEnumeration == expected
            case (.kinds(let kinds), _): kinds.contains { $0.accepts(type) }
            default: false
            }
        }
    }

    let isMember: Bool
    /// For a member call, the receiver comes first.
    let parameters: [Kind]
    let result: ExprType

    static func member(_ parameters: Kind..., result: ExprType) -> Signature {
        Signature(isMember: true, parameters: parameters, result: result)
    }

    static func global(_ parameters: Kind..., result: ExprType) -> Signature {
        Signature(isMember: false, parameters: parameters, result: result)
    }
}

extension Signature.Kind {
    /// `int`, `uint` or `double`.
    static let number = Signature.Kind.kinds([.exact(.int), .exact(.uint), .exact(.double)])
}

extension Signature {
    /// The library's functions by name: how each resolves and the overloads it accepts.
    static let library: [String: (function: Function, signatures: [Signature])] = {
        var table: [String: (function: Function, signatures: [Signature])] = [
            "size": (.size, [.global(.sizable, result: .int), .member(.sizable, result: .int)]),
            "contains": (.contains, [.member(.string, .string, result: .bool)]),
            "startsWith": (.startsWith, [.member(.string, .string, result: .bool)]),
            "endsWith": (.endsWith, [.member(.string, .string, result: .bool)]),
            "matches": (
                .matches, [.member(.string, .string, result: .bool), .global(.string, .string, result: .bool)]
            ),
            "int": (.int, [.global(.kinds([.number, .string, .timestamp]), result: .int)]),
            "uint": (.uint, [.global(.kinds([.number, .string]), result: .uint)]),
            "double": (.double, [.global(.kinds([.number, .string]), result: .double)]),
            "string": (
                .string,
                [.global(.kinds([.number, .string, .exact(.bool), .exact(.bytes), .timeSource]), result: .string)]
            ),
            "bool": (.bool, [.global(.kinds([.exact(.bool), .string]), result: .bool)]),
            "bytes": (.bytes, [.global(.kinds([.exact(.bytes), .string]), result: .bytes)]),
            "timestamp": (.timestamp, [.global(.kinds([.exact(.int), .string, .timestamp]), result: .timestamp)]),
            "duration": (.duration, [.global(.kinds([.string, .duration]), result: .duration)]),
            "dyn": (.dyn, [.global(.any, result: .dyn)]),
            "type": (.type, [.global(.any, result: .type)]),
            "date": (.date, [.global(.string, result: .timestamp)]),
            "days_since": (.daysSince(today: nil), [.global(.timestamp, result: .int)]),
            "days_until": (.daysUntil(today: nil), [.global(.timestamp, result: .int)]),
        ]
        for field in TimeField.allCases {
            let receiver: Kind = [.hours, .minutes, .seconds, .milliseconds].contains(field) ? .timeSource : .timestamp
            table[field.rawValue] = (
                .getter(field), [.member(receiver, result: .int), .member(.timestamp, .string, result: .int)]
            )
        }
        return table
    }()
}
