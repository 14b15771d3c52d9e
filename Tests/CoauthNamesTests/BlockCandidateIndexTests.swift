import CoauthModel
import PropertyBased
import Testing

@testable import CoauthNames

@Suite struct BlockCandidateIndexTests {
  /// Given-name words that agree in every way the matcher knows: identical, initials (also of
  /// compounds), nicknames ("Bob" ~ "Robert"), compounds and their parts.
  static let givenWord = Gen<String?>.element(of: [
    "Robert", "Bob", "Rob", "R.", "B.", "Wei", "W.", "Wen", "Yun-Nung", "Y.-N.", "Y.", "N.",
    "Nung", "Steven", "Steve", "S.", "Harkirat", "H.", "Singh", "Xiang", "X.", "Lorraine", "L.",
    "AiTi", "Ai", "Ti", "GM", "(Bob)", "(Dj)", "Jean-Pierre", "Jean", "Pierre", "P.", "J.-P.",
  ]).map { $0 ?? "Wei" }
  static let given = givenWord.array(of: 1...3).map { $0.joined(separator: " ") }
    .filter { !$0.hasPrefix("(") }
  /// A family block: names with an optional dblp homonym number (interned, -1 for none).
  static let block = zip(given, Gen<Int>.int(in: -1...2)).array(of: 2...24)

  private static func agrees(
    _ a: NameProfile, _ b: NameProfile, builder: NameProfileBuilder
  ) -> Bool {
    a.compact == b.compact || builder.givenMatch(a, b) != nil
  }

  @Test func everyPersonThatAgreesIsACandidate() async {
    await propertyCheck(input: Self.block) { names in
      var builder = NameProfileBuilder(nicknames: .standard)
      let profiles = names.map { builder.profile(NameKeys(PersonName(given: $0.0, family: "Wang"))) }
      var index = BlockCandidateIndex()
      for (person, profile) in profiles.enumerated() {
        index.insert(Int32(person), profile: profile, homonym: Int32(names[person].1), builder: builder)
      }
      for (query, profile) in profiles.enumerated() {
        let homonym = Int32(names[query].1)
        let candidates = Set(index.candidates(for: profile, homonym: homonym, builder: builder))
        for (person, other) in profiles.enumerated() {
          let otherHomonym = Int32(names[person].1)
          let numbersAllow = homonym < 0 || otherHomonym < 0 || homonym == otherHomonym
          if numbersAllow, Self.agrees(profile, other, builder: builder) {
            #expect(
              candidates.contains(Int32(person)),
              "\(names[person].0) agrees with \(names[query].0) but is no candidate")
          }
          if !numbersAllow {
            #expect(!candidates.contains(Int32(person)))
          }
        }
      }
    }
  }

  @Test func aPersonThatGainsANumberIsFoundUnderIt() {
    var builder = NameProfileBuilder(nicknames: .standard)
    let weiWang = builder.profile(NameKeys(PersonName(given: "Wei", family: "Wang")))
    var index = BlockCandidateIndex()
    index.insert(0, profile: weiWang, homonym: -1, builder: builder)
    index.gainedHomonym(0, profile: weiWang, homonym: 3, builder: builder)
    #expect(index.candidates(for: weiWang, homonym: 3, builder: builder) == [0])
    #expect(index.candidates(for: weiWang, homonym: -1, builder: builder) == [0])
  }

  @Test func candidatesComeInIncreasingOrderWithoutRepeats() {
    var builder = NameProfileBuilder(nicknames: .standard)
    var index = BlockCandidateIndex()
    let names = ["Wei", "W.", "Wei Xin", "Wen", "Robert"]
    for (person, given) in names.enumerated().reversed() {
      let profile = builder.profile(NameKeys(PersonName(given: given, family: "Wang")))
      index.insert(Int32(person), profile: profile, homonym: -1, builder: builder)
    }
    let query = builder.profile(NameKeys(PersonName(given: "W. X.", family: "Wang")))
    let candidates = index.candidates(for: query, homonym: -1, builder: builder)
    #expect(candidates == candidates.sorted() && Set(candidates).count == candidates.count)
    #expect(candidates.contains(0) && candidates.contains(1) && candidates.contains(2))
    #expect(!candidates.contains(4))
  }
}
