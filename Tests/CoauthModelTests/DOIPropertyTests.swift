import CoauthModel
import Foundation
import PropertyBased
import Testing

/// However an export writes a DOI (case, resolver address, `doi:`, PubMed's `[doi]` mark,
/// percent escapes), it normalizes to one string, and that string is its own normalization.
@Suite struct DOIPropertyTests {
  static let digit = Gen<Character?>.element(of: Array("0123456789")).map { $0 ?? "0" }
  /// Characters of DOI suffixes as publishers write them.
  static let suffixCharacter = Gen<Character?>.element(
    of: Array("abcxyzABCXYZ0123456789-._;()/:<>")
  ).map { $0 ?? "a" }
  static let doi = zip(digit.string(of: 4...5), suffixCharacter.string(of: 1...24)).map {
    "10.\($0)/\($1)"
  }

  @Test func everySpellingGivesTheSameDOI() async {
    await propertyCheck(input: Self.doi) { doi in
      let expected = doi.lowercased()
      #expect(DOI.normalized(from: doi) == expected)
      #expect(DOI.normalized(from: doi.uppercased()) == expected)
      #expect(DOI.normalized(from: "https://doi.org/\(doi)") == expected)
      #expect(DOI.normalized(from: "http://dx.doi.org/\(doi)") == expected)
      #expect(DOI.normalized(from: " doi: \(doi) ") == expected)
      #expect(DOI.normalized(from: "\(doi) [doi]") == expected)
      let escaped = doi.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? doi
      #expect(DOI.normalized(from: "https://www.doi.org/\(escaped)") == expected)
    }
  }

  @Test func aNormalizedDOIIsItsOwnNormalization() async {
    let decorated = zip(Self.doi, Gen.bool(), Gen.bool()).map { doi, address, mark in
      (address ? "https://doi.org/" : "") + doi + (mark ? " [doi]" : "")
    }
    await propertyCheck(input: decorated) { text in
      guard let once = DOI.normalized(from: text) else {
        Issue.record("no DOI in '\(text)'")
        return
      }
      #expect(DOI.normalized(from: once) == once)
    }
  }
}
