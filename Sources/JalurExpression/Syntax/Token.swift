/// One lexical token of an expression, with its position in Unicode scalars.
struct Token: Equatable {
    /// What the token is.
    enum Kind: Equatable {
        case identifier(String)
        /// An integer literal's magnitude as written (decimal or hexadecimal); the sign is a separate token.
        case int(UInt64)
        case uint(UInt64)
        case double(Double)
        case string(String)
        case bytes([UInt8])
        case punctuation(Punctuation)
        case endOfInput
    }

    /// Operators and delimiters.
    enum Punctuation: String, Equatable, CaseIterable {
        case plus = "+", minus = "-", star = "*", slash = "/", percent = "%"
        case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
        case and = "&&", or = "||", not = "!", question = "?", colon = ":"
        case dot = ".", comma = ",", leftParen = "(", rightParen = ")"
        case leftBracket = "[", rightBracket = "]", leftBrace = "{", rightBrace = "}"
        case `in` = "in"
    }

    let kind: Kind
    /// 0-based offset of the first scalar.
    let offset: Int
    /// Length in Unicode scalars.
    let length: Int

    var end: Int { offset + length }

    func isPunctuation(_ punctuation: Punctuation) -> Bool { kind == .punctuation(punctuation) }
}

extension Token.Kind {
    /// How the token reads in messages.
    var display: String {
        switch self {
        case .identifier(let name): "'\(name)'"
        case .int(let value): "'\(value)'"
        case .uint(let value): "'\(value)u'"
        case .double(let value): "'\(value)'"
        case .string: "string literal"
        case .bytes: "bytes literal"
        case .punctuation(let punctuation): "'\(punctuation.rawValue)'"
        case .endOfInput: "end of expression"
        }
    }
}
