/// A small JSON value for the JSON-LD writer: the writer builds one `@graph` item at a time and
/// streams it, so member order (and thus output) is exactly the order the code appends.
///
/// Why not `JSONSerialization`: it reorders keys on Linux, escapes `/`, and prints doubles with
/// platform-dependent digits; graphctl needs byte-identical output across runs.
public indirect enum JSONFragment: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case double(Double)
    case bool(Bool)
    case array([JSONFragment])
    case object([(String, JSONFragment)])

    public static func == (a: JSONFragment, b: JSONFragment) -> Bool { a.serialized() == b.serialized() }

    /// Compact JSON text.
    public func serialized() -> String {
        var out = ""
        write(to: &out)
        return out
    }

    public func write(to out: inout String) {
        switch self {
        case .string(let s): out += JSONFragment.quoted(s)
        case .integer(let i): out += String(i)
        case .double(let d): out += ExportFormatting.number(d)
        case .bool(let b): out += b ? "true" : "false"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += ", " }
                out += JSONFragment.quoted(key)
                out += ": "
                value.write(to: &out)
            }
            out += "}"
        }
    }

    /// RFC 8259 string: `"` and `\` escaped, controls as `\n`/`\t`/… or `\u00XX`; everything else
    /// written as UTF-8 (no `\uXXXX` for CJK: readers should see the text itself).
    public static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0..<0x20:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        out += "\""
        return out
    }
}
