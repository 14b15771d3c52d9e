import CoauthModel
import Foundation
import PropertyBased
import Testing

@testable import CoauthIngest

/// The DBLP reader's fast reading of `<ee>` links gives the DOI that `DOI.normalized(from:)`
/// gives for the same link, however the link is written, and none for links elsewhere.
@Suite struct DBLPDOILinkPropertyTests {
  static let digit = Gen<Character?>.element(of: Array("0123456789")).map { $0 ?? "0" }
  /// Characters of DOI suffixes as publishers write them, with some that addresses escape.
  static let suffixCharacter = Gen<Character?>.element(
    of: Array("abcxyzABCXYZ0123456789-._;()/:<>%?#é ")
  ).map { $0 ?? "a" }
  static let doi = zip(digit.string(of: 4...5), suffixCharacter.string(of: 1...24)).map {
    "10.\($0)/\($1)"
  }
  static let host = Gen<String?>.element(of: [
    "https://doi.org/", "http://dx.doi.org/", "https://www.doi.org/", "https://x.org/doi/",
    "https://arxiv.org/abs/", "",
  ]).map { $0 ?? "" }

  private func fastDOI(_ link: String) -> String? {
    Array(link.utf8).withUnsafeBufferPointer { DBLPDOILink.doi($0) }
  }

  @Test func agreesWithDOINormalization() async {
    await propertyCheck(input: zip(Self.host, Self.doi)) { host, doi in
      let link = host + doi
      if host.contains("doi.org/") {
        #expect(fastDOI(link) == DOI.normalized(from: link), "\(link)")
      } else {
        // Links elsewhere name no DOI, even when one is part of their address.
        #expect(fastDOI(link) == nil, "\(link)")
      }
    }
  }
}
