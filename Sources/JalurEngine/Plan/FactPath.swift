import JalurExpression

/// A fact path such as `resident.family.conflict_level`, resolved against the resident type once at load.
///
/// A path is *absent* from a resident when any record on the way lacks its field, or (through a list,
/// as in `resident.urine_tests.result`) when the list is absent or any element lacks the rest of the
/// path. An empty list holds no absent element. Through a map (`resident.assist.heroin`), the map must
/// hold the key. `null` counts as absent.
struct FactPath: Sendable {
    /// One step from a value to the next.
    enum Step: Sendable {
        /// A record field by slot.
        case field(Int)
        /// Every element of a list.
        case each
        /// A map entry by string key.
        case key(String)
    }

    /// The path as written, sorted on it.
    let text: String
    /// The steps after the fact root; `nil` when the path does not resolve against the resident type.
    let steps: [Step]?

    /// Resolves `text` (`root.a.b`) against the fact root's record type.
    init(_ text: String, rootName: String, rootType: ObjectType) {
        self.text = text
        var segments = text.split(separator: ".").map(String.init)
        guard segments.first == rootName else {
            steps = nil
            return
        }
        segments.removeFirst()
        steps = Self.resolve(segments, in: .object(rootType))
    }

    private static func resolve(_ segments: [String], in rootType: ExprType) -> [Step]? {
        var steps: [Step] = []
        var type = rootType
        var index = 0
        while index < segments.count {
            switch type {
            case .object(let object):
                guard let slot = object.slot(of: segments[index]) else { return nil }
                steps.append(.field(slot))
                type = object.fields[slot].type
                index += 1
            case .list(let element):
                steps.append(.each)
                type = element
            case .map(_, let value):
                steps.append(.key(segments[index]))
                type = value
                index += 1
            default:
                return nil
            }
        }
        return steps
    }

    /// Whether the path is absent from `facts` (see the type's discussion).
    func isAbsent(in facts: ObjectValue) -> Bool {
        guard let steps else { return false }
        return Self.isAbsent(.object(facts), steps[...])
    }

    /// The value at the path, lists projected element by element; `nil` when absent or unresolved.
    func value(in facts: ObjectValue) -> Value? {
        guard let steps else { return nil }
        return Self.project(.object(facts), steps[...])
    }

    private static func isAbsent(_ value: Value?, _ steps: ArraySlice<Step>) -> Bool {
        guard let value else { return true }
        if case .null = value { return true }
        guard let step = steps.first else { return false }
        let rest = steps.dropFirst()
        switch (step, value) {
        case (.field(let slot), .object(let object)):
            return slot < object.fields.count ? isAbsent(object.fields[slot], rest) : true
        case (.each, .list(let elements)):
            return elements.contains { isAbsent($0, rest) }
        case (.key(let key), .map(let map)):
            return isAbsent(entry(key, in: map), rest)
        default:
            return false
        }
    }

    /// `value` projected along `steps` in one pass; `nil` exactly when ``isAbsent(_:_:)`` holds.
    private static func project(_ value: Value?, _ steps: ArraySlice<Step>) -> Value? {
        guard let value else { return nil }
        if case .null = value { return nil }
        guard let step = steps.first else { return value }
        let rest = steps.dropFirst()
        switch (step, value) {
        case (.field(let slot), .object(let object)):
            return slot < object.fields.count ? project(object.fields[slot], rest) : nil
        case (.each, .list(let elements)):
            var projected: [Value] = []
            projected.reserveCapacity(elements.count)
            for element in elements {
                guard let item = project(element, rest) else { return nil }
                projected.append(item)
            }
            return .list(projected)
        case (.key(let key), .map(let map)):
            return project(entry(key, in: map), rest)
        default:
            return value
        }
    }

    private static func entry(_ key: String, in map: MapValue) -> Value? {
        for (entryKey, value) in map.entries {
            if case .string(let text) = entryKey, text == key { return value }
        }
        return nil
    }
}
