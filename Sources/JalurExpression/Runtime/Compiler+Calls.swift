internal import Foundation

extension Compiler {
    static func call(_ function: Function, _ arguments: [Compiled]) -> Compiled {
        switch function {
        case .daysSince(let today): return days(arguments[0], today: today, Builtins.daysSince)
        case .daysUntil(let today): return days(arguments[0], today: today, Builtins.daysUntil)
        case .matches: return matches(arguments)
        case .getter(let field): return getter(field, arguments)
        default: break
        }
        guard let operation = fixedArity(function) else {
            return .constant(.error(EvalError("internal error: no implementation")))
        }
        switch (operation, arguments.count) {
        case (.unary(let apply), 1): return unary(arguments[0], apply)
        case (.binary(let apply), 2): return binary(arguments[0], arguments[1], apply)
        default: return .constant(.error(.noSuchOverload))
        }
    }

    private enum Operation {
        case unary(@Sendable (Value) -> Value)
        case binary(@Sendable (Value, Value) -> Value)
    }

    private static func fixedArity(_ function: Function) -> Operation? {
        switch function {
        case .size: .unary(Builtins.size)
        case .contains: .binary(Builtins.contains)
        case .startsWith: .binary(Builtins.startsWith)
        case .endsWith: .binary(Builtins.endsWith)
        case .int: .unary(Builtins.int)
        case .uint: .unary(Builtins.uint)
        case .double: .unary(Builtins.double)
        case .string: .unary(Builtins.string)
        case .bool: .unary(Builtins.bool)
        case .bytes: .unary(Builtins.bytes)
        case .timestamp: .unary(Builtins.timestamp)
        case .duration: .unary(Builtins.duration)
        case .dyn: .unary(Builtins.dyn)
        case .type: .unary(Builtins.type)
        case .date: .unary(Builtins.date)
        case .matches, .daysSince, .daysUntil, .getter: nil
        }
    }

    /// `days_since` / `days_until` against the `today` variable, or the current date when none is declared.
    private static func days(
        _ date: Compiled,
        today: Int?,
        _ operation: @escaping @Sendable (Value, Value) -> Value
    ) -> Compiled {
        let evaluate = date.evaluate
        if let today {
            return .dynamic { activation in operation(evaluate(activation), activation.read(today)) }
        }
        return .dynamic { activation in
            let now = Date().timeIntervalSince1970
            return operation(evaluate(activation), .timestamp(Timestamp(seconds: Int64(now.rounded(.down)))))
        }
    }

    /// `s.matches(re)`: a literal pattern is compiled once here (the checker has validated it).
    private static func matches(_ arguments: [Compiled]) -> Compiled {
        if case .string(let pattern)? = arguments[1].constant, let regex = try? CompiledRegex(pattern: pattern) {
            return unary(arguments[0]) { Builtins.matches($0, regex) }
        }
        return binary(arguments[0], arguments[1], Builtins.matches)
    }

    /// `t.getX()` or `t.getX(zone)`; a literal zone is resolved once here.
    private static func getter(_ field: TimeField, _ arguments: [Compiled]) -> Compiled {
        if arguments.count == 1 { return unary(arguments[0]) { Builtins.getter(field, of: $0) } }
        if case .string(let name)? = arguments[1].constant, let zone = try? CELTimeZone(name: name) {
            return unary(arguments[0]) { Builtins.getter(field, of: $0, timeZone: zone) }
        }
        return binary(arguments[0], arguments[1]) { Builtins.getter(field, of: $0, timeZone: $1) }
    }
}
