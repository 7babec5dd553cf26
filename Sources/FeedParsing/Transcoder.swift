internal import Glibc

/// iconv to UTF-8, replacing what the source encoding cannot decode.
enum Transcoder {
    struct Output {
        var utf8: [UInt8]
        var hadErrors: Bool
    }

    /// Nil when iconv does not know the encoding.
    static func convert(_ input: [UInt8], from encoding: String) -> Output? {
        let descriptor = iconv_open("UTF-8", encoding)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        let unitWidth = encoding.hasPrefix("utf-32") || encoding.hasPrefix("ucs-4") ? 4
            : encoding.hasPrefix("utf-16") || encoding.hasPrefix("ucs-2") ? 2 : 1
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var produced = 0
        var hadErrors = false
        var source = input
        source.withUnsafeMutableBufferPointer { inputBuffer in
            var inputPointer = inputBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var inputLeft = inputBuffer.count
            while inputLeft > 0 {
                if output.count - produced < 64 { output.append(contentsOf: repeatElement(0, count: output.count)) }
                var outputLeft = output.count - produced
                let result = output.withUnsafeMutableBufferPointer { outputBuffer -> Int in
                    var outputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress! + produced)
                        .assumingMemoryBound(to: CChar.self)
                    return iconv(descriptor, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                }
                let written = output.count - produced - outputLeft
                produced += written
                guard result == -1 else { break }
                switch errno {
                case E2BIG:
                    continue
                default:
                    // EILSEQ or a truncated sequence at the end: replace one unit and go on.
                    hadErrors = true
                    if output.count - produced < 3 { output.append(contentsOf: repeatElement(0, count: 64)) }
                    output.replaceSubrange(produced..<produced + 3, with: [0xEF, 0xBF, 0xBD])
                    produced += 3
                    let skip = min(unitWidth, inputLeft)
                    inputPointer = inputPointer.map { $0 + skip }
                    inputLeft -= skip
                }
            }
        }
        output.removeSubrange(produced...)
        return Output(utf8: output, hadErrors: hadErrors)
    }
}
