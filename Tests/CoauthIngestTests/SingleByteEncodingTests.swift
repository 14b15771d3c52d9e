import Foundation
import Testing

@testable import CoauthIngest

/// The single-byte encodings' tables hold the Encoding Standard's characters: known letters at
/// their bytes, undefined bytes as C1 controls, no character twice, and the letters that
/// Foundation's own converters give; their labels match as the standard matches labels.
@Suite struct SingleByteEncodingTests {
  private func scalars(_ encoding: SingleByteEncoding, _ bytes: [UInt8]) -> [UInt32] {
    bytes.map { encoding.scalar(of: $0).value }
  }

  @Test func knownLettersSitAtTheirBytes() {
    // š Š č ř ł in Windows-1250; š ł č ř in ISO-8859-2.
    #expect(
      scalars(.windows1250, [0x9A, 0x8A, 0xE8, 0xF8, 0xB3])
        == [0x0161, 0x0160, 0x010D, 0x0159, 0x0142])
    #expect(scalars(.iso8859_2, [0xB9, 0xB3, 0xE8, 0xF8]) == [0x0161, 0x0142, 0x010D, 0x0159])
    // А я Ё ё І і in Windows-1251; € Œ œ Ÿ in ISO-8859-15; € Ÿ ÿ in Windows-1252.
    #expect(
      scalars(.windows1251, [0xC0, 0xFF, 0xA8, 0xB8, 0xB2, 0xB3])
        == [0x0410, 0x044F, 0x0401, 0x0451, 0x0406, 0x0456])
    #expect(scalars(.iso8859_15, [0xA4, 0xBC, 0xBD, 0xBE]) == [0x20AC, 0x0152, 0x0153, 0x0178])
    #expect(scalars(.windows1252, [0x80, 0x9F, 0xFF]) == [0x20AC, 0x0178, 0x00FF])
    #expect(scalars(.windows1250, Array(0...0x7F)) == Array(0...0x7F))
  }

  /// Bytes an encoding leaves undefined stand for the C1 control of their value, as in the
  /// standard's indexes; the ISO-8859 encodings have C1 controls in all of 0x80...0x9F.
  @Test func undefinedBytesAreC1Controls() {
    let undefined: [UInt8] = [0x81, 0x83, 0x88, 0x90, 0x98]
    #expect(scalars(.windows1250, undefined) == undefined.map(UInt32.init))
    #expect(scalars(.windows1251, [0x98]) == [0x98])
    #expect(
      scalars(.windows1252, [0x81, 0x8D, 0x8F, 0x90, 0x9D]) == [0x81, 0x8D, 0x8F, 0x90, 0x9D])
    for encoding in [SingleByteEncoding.iso8859_2, .iso8859_15] {
      #expect(scalars(encoding, Array(0x80...0x9F)) == Array(0x80...0x9F), "\(encoding.name)")
    }
  }

  @Test func noCharacterStandsForTwoBytes() {
    for encoding in SingleByteEncoding.all {
      #expect(Set(encoding.upperHalf).count == 128, "\(encoding.name)")
    }
  }

  /// Foundation's converters, an independent transcription, agree on every byte they define.
  @Test(arguments: [
    ("windows-1250", String.Encoding.windowsCP1250), ("windows-1251", .windowsCP1251),
    ("iso-8859-2", .isoLatin2), ("windows-1252", .windowsCP1252),
  ])
  func foundationAgrees(name: String, foundation: String.Encoding) throws {
    let encoding = try #require(SingleByteEncoding.named(name))
    var compared = 0
    for byte in UInt8(0x80)...0xFF {
      guard let decoded = String(data: Data([byte]), encoding: foundation),
        decoded.unicodeScalars.count == 1, let scalar = decoded.unicodeScalars.first,
        !(0x80...0x9F).contains(scalar.value)
      else { continue }
      #expect(encoding.scalar(of: byte) == scalar, "\(name) byte \(byte)")
      compared += 1
    }
    #expect(compared >= 96)
  }

  /// Labels match whatever their case and the ASCII white space around them; other labels name
  /// no encoding coauth reads.
  @Test func labelsMatchAsTheStandardMatchesThem() {
    #expect(SingleByteEncoding.named(" \tWINDOWS-1250\n") == .windows1250)
    #expect(SingleByteEncoding.named("Latin2") == .iso8859_2)
    #expect(SingleByteEncoding.named("L9") == .iso8859_15)
    #expect(SingleByteEncoding.named("x-cp1251") == .windows1251)
    #expect(SingleByteEncoding.named("ISO-8859-1") == .windows1252)
    for label in ["koi8-r", "iso-8859-5", "windows-1250x", "utf-8", ""] {
      #expect(SingleByteEncoding.named(label) == nil, "\(label)")
    }
    for encoding in SingleByteEncoding.all {
      for label in encoding.labels {
        #expect(SingleByteEncoding.named(label) == encoding, "\(label)")
      }
    }
  }
}
