import CoauthModel
import CoauthNames
import Testing

@Suite struct NameParserTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var given: String
    var particle: String = ""
    var family: String
    var suffix: String = ""
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "Harkirat Singh Behl", given: "Harkirat Singh", family: "Behl"),
    Case(text: "Behl, Harkirat Singh", given: "Harkirat Singh", family: "Behl"),
    Case(text: "H. S. Behl", given: "H. S.", family: "Behl"),
    Case(text: "H.S. Behl", given: "H.S.", family: "Behl"),
    Case(text: "Philip H.S. Torr", given: "Philip H.S.", family: "Torr"),
    Case(text: "M. Pawan Kumar", given: "M. Pawan", family: "Kumar"),
    Case(text: "Ludwig van Beethoven", given: "Ludwig", particle: "van", family: "Beethoven"),
    Case(text: "van der Aalst, Wil", given: "Wil", particle: "van der", family: "Aalst"),
    Case(text: "Maria de la Cruz", given: "Maria", particle: "de la", family: "Cruz"),
    Case(text: "Martin Luther King Jr.", given: "Martin Luther", family: "King", suffix: "Jr."),
    Case(text: "Martin Luther King, Jr.", given: "Martin Luther", family: "King", suffix: "Jr."),
    Case(text: "King, Jr., Martin Luther", given: "Martin Luther", family: "King", suffix: "Jr."),
    Case(text: "Stabler, Jr., Edward P.", given: "Edward P.", family: "Stabler", suffix: "Jr."),
    // The suffix last, as author-year lists print it.
    Case(text: "Smith, J., Jr.", given: "J.", family: "Smith", suffix: "Jr."),
    Case(text: "Doe, Jane, III", given: "Jane", family: "Doe", suffix: "III"),
    Case(text: "Robert L. Logan IV", given: "Robert L.", family: "Logan", suffix: "IV"),
    Case(text: "Cees GM Snoek", given: "Cees GM", family: "Snoek"),
    Case(text: "Krishnamurthy (Dj) Dvijotham", given: "Krishnamurthy (Dj)", family: "Dvijotham"),
    // Found by fuzzing (it crashed): one word and a nickname only.
    Case(text: "Krishnamurthy (Dj)", given: "(Dj)", family: "Krishnamurthy"),
    Case(text: "Jean-Baptiste Lamarck", given: "Jean-Baptiste", family: "Lamarck"),
    Case(text: "Marta R. Costa-jussà", given: "Marta R.", family: "Costa-jussà"),
    Case(text: "Costa-jussà, Marta R.", given: "Marta R.", family: "Costa-jussà"),
    Case(text: "Fox Tree, Jean E.", given: "Jean E.", family: "Fox Tree"),
    Case(text: "Cicero Nogueira dos Santos", given: "Cicero Nogueira", particle: "dos", family: "Santos"),
    Case(text: "Tim Van de Cruys", given: "Tim", particle: "Van de", family: "Cruys"),
    // After a particle, "La" is part of it in any case (alone it may be a given name: "Wei La").
    Case(text: "Juan De La Cruz", given: "Juan", particle: "De La", family: "Cruz"),
    Case(text: "De La Cruz, Juan", given: "Juan", particle: "De La", family: "Cruz"),
    Case(text: "Minh Le Nguyen", given: "Minh Le", family: "Nguyen"),
    Case(text: "Mausam", given: "", family: "Mausam"),
    Case(text: "Mausam .", given: "", family: "Mausam"),
    Case(text: "  Ondřej   Bojar ", given: "Ondřej", family: "Bojar"),
    Case(text: "王小明", given: "小明", family: "王"),
    Case(text: "欧阳修文", given: "修文", family: "欧阳"),
    Case(text: "김민준", given: "민준", family: "김"),
    Case(text: "Wang Wei", given: "Wang", family: "Wei"),
    // A family name in capitals before a given name that is not comes first.
    Case(text: "YAMADA Taro", given: "Taro", family: "YAMADA"),
    Case(text: "ZHANG Wei", given: "Wei", family: "ZHANG"),
    Case(text: "LIU Yang", given: "Yang", family: "LIU"),
    Case(text: "DUPONT Jean-Pierre", given: "Jean-Pierre", family: "DUPONT"),
    Case(text: "GARCÍA MÁRQUEZ Gabriel", given: "Gabriel", family: "GARCÍA MÁRQUEZ"),
    Case(text: "VAN DER BERG Jan", given: "Jan", particle: "VAN DER", family: "BERG"),
    Case(text: "Taro YAMADA", given: "Taro", family: "YAMADA"),
    Case(text: "JP Doe", given: "JP", family: "Doe"),
    Case(text: "MA Smith", given: "MA", family: "Smith"),
    Case(text: "JOHN SMITH", given: "JOHN", family: "SMITH"),
    Case(text: "Su, {and Keh-Yih}", given: "{and Keh-Yih}", family: "Su"),
    // Found by fuzzing: combining marks after a space have no letter to sit on and are dropped
    // (rejoined after a space, they made a part end in a space).
    Case(text: "Maria \u{301}Garcia", given: "Maria", family: "Garcia"),
    Case(text: "Ana Li \u{5B2}", given: "Ana", family: "Li"),
    Case(text: "Lopez, \u{301}Ana", given: "Ana", family: "Lopez"),
    Case(text: "Lopez,\u{301}Ana", given: "Ana", family: "Lopez"),
    Case(text: "Lopez, Jr., Ana,\u{36E}", given: "Ana", family: "Lopez", suffix: "Jr."),
    // Other scalars that join the character before them: a joiner, a halfwidth voiced mark.
    Case(text: "Ana \u{200D}Li", given: "Ana", family: "Li"),
    Case(text: "Li, Ana \u{FF9E}", given: "Ana", family: "Li"),
  ]

  @Test(arguments: cases)
  func parses(_ c: Case) {
    let name = NameParser().parse(c.text)
    #expect(name == PersonName(given: c.given, particle: c.particle, family: c.family, suffix: c.suffix))
  }

  @Test func initialsAfterTheFamilyNameAreReadWhenAsked() {
    let databases = NameParser(readsInitialsAfterFamilyName: true)
    #expect(databases.parse("Smith JA") == PersonName(given: "JA", family: "Smith"))
    #expect(
      databases.parse("van der Berg J.-P.")
        == PersonName(given: "J.-P.", particle: "van der", family: "Berg"))
    #expect(databases.parse("Wei LI") == PersonName(given: "Wei", family: "LI"))
    #expect(databases.parse("Smith, J.") == PersonName(given: "J.", family: "Smith"))
    // By default (dblp, homepages) the given name comes first: "Premjith B", "Soman KP".
    #expect(NameParser().parse("Premjith B") == PersonName(given: "Premjith", family: "B"))
    #expect(NameParser().parse("Soman KP") == PersonName(given: "Soman", family: "KP"))
  }

  /// A name in Chinese, Japanese or Korean script gets one split from its characters however a
  /// source split it, so that its forms compare alike.
  @Test(arguments: [
    (PersonName(family: "山田太郎"), "山田", "太郎"),
    (PersonName(given: "太郎", family: "山田"), "山田", "太郎"),
    (PersonName(given: "田太郎", family: "山"), "山田", "太郎"),
    (PersonName(family: "山田たろう"), "山田", "たろう"),
    (PersonName(family: "王伟"), "王", "伟"),
    (PersonName(given: "伟", family: "王"), "王", "伟"),
    (PersonName(family: "李小龙"), "李", "小龙"),
    (PersonName(given: "修", family: "欧阳"), "欧阳", "修"),
    (PersonName(family: "欧阳修"), "欧阳", "修"),
    (PersonName(given: "민준", family: "김"), "김", "민준"),
    (PersonName(family: "남궁민수"), "남궁", "민수"),
    // Three Han characters: one and two, as most Chinese names (a Japanese "田中実" too).
    (PersonName(given: "実", family: "田中"), "田", "中実"),
  ])
  func cjkNamesSplitFromTheirCharacters(name: PersonName, family: String, given: String) {
    let split = NameParser().canonicalSplit(name)
    #expect(split == PersonName(given: given, family: family))
  }

  @Test func emptyTextGivesEmptyName() {
    #expect(NameParser().parse("  ").isEmpty)
    #expect(NameParser().parse(",").isEmpty)
  }
}
