import Testing
import Timestamps

@Suite("RFC 3339 dates")
struct RFC3339Tests {
    @Test("writes UTC with every field padded", arguments: [
        (Int64(0), "1970-01-01T00:00:00Z"),
        (-1, "1969-12-31T23:59:59Z"),
        (951_825_600, "2000-02-29T12:00:00Z"),
        (1_715_990_400, "2024-05-18T00:00:00Z"),
        (253_402_300_799, "9999-12-31T23:59:59Z"),
        (-59_011_459_200, "0100-01-01T00:00:00Z"),
        (-62_135_596_800, "0001-01-01T00:00:00Z"),
    ])
    func writes(_ seconds: Int64, _ expected: String) {
        #expect(Timestamp(secondsSince1970: seconds).rfc3339 == expected)
    }

    @Test("writes years RFC 3339 has no room for in full rather than cut short")
    func writesYearsOutsideTheForm() {
        #expect(Timestamp(secondsSince1970: 253_402_300_800).rfc3339 == "10000-01-01T00:00:00Z")
        #expect(Timestamp(secondsSince1970: -62_167_219_201).rfc3339 == "-0001-12-31T23:59:59Z")
    }

    @Test("reads back what it writes, and offsets and fractions", arguments: [
        ("2024-05-18T06:07:08Z", "2024-05-18T06:07:08Z"),
        ("2024-05-18t06:07:08z", "2024-05-18T06:07:08Z"),
        ("2024-05-18 06:07:08Z", "2024-05-18T06:07:08Z"),
        ("2024-05-18T06:07:08.123456Z", "2024-05-18T06:07:08Z"),
        ("2024-05-18T06:07:08+02:00", "2024-05-18T04:07:08Z"),
        ("2024-05-18T00:30:00-0130", "2024-05-18T02:00:00Z"),
        ("2024-05-18T06:07:08", "2024-05-18T06:07:08Z"),
    ])
    func reads(_ input: String, _ expected: String) {
        #expect(Timestamp(rfc3339: input)?.rfc3339 == expected, "\(input)")
    }

    @Test("rejects what is not its form", arguments: [
        "", "2024-05-18", "2024-05-18T06:07", "2024-13-01T00:00:00Z", "2023-02-29T00:00:00Z",
        "2024-05-18T24:00:00Z", "2024-05-18T06:07:08+2", "2024-05-18T06:07:08Z trailing", "2024/05/18T06:07:08Z",
    ])
    func rejects(_ input: String) {
        #expect(Timestamp(rfc3339: input) == nil, "\(input)")
    }
}
