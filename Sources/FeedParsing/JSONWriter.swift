/// Writes compact JSON in the order fields are given (JSONEncoder does not keep key order).
struct JSONWriter {
    private(set) var text = ""
    private var needsComma = false

    mutating func beginObject(_ key: String? = nil) { open("{", key) }
    mutating func endObject() { close("}") }
    mutating func beginArray(_ key: String? = nil) { open("[", key) }
    mutating func endArray() { close("]") }

    mutating func field(_ name: String, _ value: String?) {
        writeKey(name)
        if let value { appendString(value) } else { text += "null" }
        needsComma = true
    }

    mutating func field(_ name: String, _ value: Int?) {
        writeKey(name)
        text += value.map(String.init) ?? "null"
        needsComma = true
    }

    mutating func field(_ name: String, _ value: Bool) {
        writeKey(name)
        text += value ? "true" : "false"
        needsComma = true
    }

    private mutating func open(_ bracket: String, _ key: String?) {
        if let key { writeKey(key) } else if needsComma { text += "," }
        text += bracket
        needsComma = false
    }

    private mutating func close(_ bracket: String) {
        text += bracket
        needsComma = true
    }

    private mutating func writeKey(_ name: String) {
        if needsComma { text += "," }
        appendString(name)
        text += ":"
    }

    private mutating func appendString(_ value: String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }
}
