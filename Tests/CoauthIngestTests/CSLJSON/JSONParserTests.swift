import CoauthIngest
import Testing

@Suite struct JSONParserTests {
  private func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

  @Test func parsesValuesWithLines() throws {
    let value = try parse("{\n \"a\": [1, -2.5e3, true, false, null],\n \"b\": \"x\\u00fc\\ud83e\\udd17\\n\"\n}")
    #expect(value.line == 1)
    #expect(value["a"]?.line == 2)
    #expect(value["b"]?.kind == .string("xü🤗\n"))
    guard case .array(let numbers) = value["a"]?.kind else {
      Issue.record("expected an array")
      return
    }
    #expect(numbers.map(\.kind) == [.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null])
  }

  @Test(arguments: ["", "01", "[1,]", "{\"a\" 1}", "\"tab\there\"", "\"open", "[1 2]", "nul", "1.", "-"])
  func rejectsInvalidJSON(_ text: String) {
    #expect(throws: JSONParser.SyntaxError.self) { try parse(text) }
  }
}
