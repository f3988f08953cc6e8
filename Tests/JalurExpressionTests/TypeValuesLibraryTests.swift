import JalurExpression
import Testing

struct TypeValuesLibraryTests {
    @Test(arguments: [
        (Value.null, "null_type"),
        (.bool(true), "bool"),
        (.int(1), "int"),
        (.uint(1), "uint"),
        (.double(1), "double"),
        (.string(""), "string"),
        (.bytes([]), "bytes"),
        (.list([]), "list"),
        (.map(MapValue()), "map"),
        (.timestamp(Timestamp(seconds: 0)), "google.protobuf.Timestamp"),
        (.duration(CELDuration(seconds: 0)), "google.protobuf.Duration"),
        (.type("int"), "type"),
        (.object(ObjectValue(type: ObjectType(name: "resident", fields: []))), "resident"),
    ])
    func typeNames(value: Value, name: String) {
        #expect(value.typeName == name)
        #expect(Builtins.type(value).celLiteral == name)
    }

    @Test func typeValuesCompareByName() {
        #expect(Builtins.equal(Builtins.type(.int(1)), .type("int")).celLiteral == "true")
        #expect(Builtins.equal(Builtins.type(.int(1)), Builtins.type(.uint(1))).celLiteral == "false")
        #expect(Builtins.type(Builtins.type(.int(1))).celLiteral == "type")
        #expect(Builtins.type(.error(EvalError("boom"))).celLiteral == "error: boom")
    }
}
