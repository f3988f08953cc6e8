import JalurExpression
import JalurModel

/// Builds the expression type of the `resident` variable from a facts schema.
enum ResidentType {
    /// The record type of `fields`, named by schema path (`resident`, `resident.family`).
    static func objectType(of fields: [FactField], path: String = StandardVariables.resident) -> ObjectType {
        ObjectType(
            name: path,
            fields: fields.map { field in
                let fieldPath = "\(path).\(field.name.value)"
                return ObjectType.Field(name: field.name.value, type: exprType(of: field.type, path: fieldPath))
            }
        )
    }

    /// The expression type of one fact type; list elements share their list's path (no index).
    static func exprType(of type: FactType, path: String) -> ExprType {
        switch type {
        case .int: return .int
        case .double: return .double
        case .bool: return .bool
        case .string: return .string
        case .date: return .timestamp
        case .enumeration(let values): return .enumeration(EnumType(name: path, values: values))
        case .list(let element): return .list(exprType(of: element.type, path: path))
        case .object(let fields): return .object(objectType(of: fields, path: path))
        case .map(let element): return .map(key: .string, value: exprType(of: element.type, path: path))
        }
    }
}
