import CoauthIngest
import Testing

@Suite struct XMLCharacterReferenceTests {
  @Test(arguments: [
    ("#252", "ü"), ("#xFC", "ü"), ("#XfC", "ü"), ("#x1F917", "🤗"), ("#38", "&"),
  ])
  func decodesNumericReferences(_ body: String, _ expected: String) {
    #expect(XMLCharacterReference.scalar(Array(body.utf8)).map { String(Character($0)) } == expected)
  }

  @Test(arguments: ["#", "#x", "#12a", "#xZZ", "#0", "#xD800", "#x110000", "amp", "#123456789"])
  func rejectsMalformedReferences(_ body: String) {
    #expect(XMLCharacterReference.scalar(Array(body.utf8)) == nil)
  }

  @Test func tableHasDTDEntities() {
    let names = Dictionary(uniqueKeysWithValues: DBLPEntityTable.entries.map { ($0.name, $0.scalar) })
    #expect(names["uuml"] == 0xFC)
    #expect(names["eacute"] == 0xE9)
    #expect(names["szlig"] == 0xDF)
    #expect(names["yuml"] == 0xFF)
    #expect(names["times"] == 0xD7)
    #expect(names["amp"] == 0x26)
    #expect(DBLPEntityTable.entries.count == 5 + 96)
  }
}
