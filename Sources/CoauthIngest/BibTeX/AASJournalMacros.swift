/// The journal macros of the AAS (`aas_macros.sty`), which NASA ADS's BibTeX writes as the whole
/// `journal` field (`journal = {\apj}`), and the abbreviations they typeset. Without them the
/// venue of an astronomy or physics paper from ADS would decode to nothing (unknown commands
/// are dropped).
enum AASJournalMacros {
  /// The abbreviation that `bytes`, the raw value of a venue field, stands for when it is one of
  /// these macros alone (braces and white space aside); nil otherwise.
  static func journal(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var start = 0
    var end = bytes.count
    func isSkipped(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "{")
        || byte == UInt8(ascii: "}")
    }
    while start < end, isSkipped(bytes[start]) { start += 1 }
    while end > start, isSkipped(bytes[end - 1]) { end -= 1 }
    guard end - start >= 3, end - start <= 12, bytes[start] == UInt8(ascii: "\\") else {
      return nil
    }
    let name = bytes[(start + 1)..<end]
    guard name.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
      return nil
    }
    return journals[String(decoding: name, as: UTF8.self)]
  }

  private static let journals: [String: String] = [
    "aj": "AJ", "actaa": "Acta Astron.", "araa": "ARA&A", "apj": "ApJ", "apjl": "ApJL",
    "apjs": "ApJS", "ao": "Appl. Opt.", "apss": "Ap&SS", "aap": "A&A", "aapr": "A&A Rev.",
    "aaps": "A&AS", "azh": "AZh", "baas": "BAAS", "bac": "Bull. astr. Inst. Czechosl.",
    "caa": "Chinese Astron. Astrophys.", "cjaa": "Chinese J. Astron. Astrophys.",
    "icarus": "Icarus", "jcap": "J. Cosmology Astropart. Phys.", "jrasc": "JRASC",
    "memras": "MmRAS", "mnras": "MNRAS", "na": "New A", "nar": "New A Rev.",
    "pra": "Phys. Rev. A", "prb": "Phys. Rev. B", "prc": "Phys. Rev. C", "prd": "Phys. Rev. D",
    "pre": "Phys. Rev. E", "prl": "Phys. Rev. Lett.", "pasa": "PASA", "pasp": "PASP",
    "pasj": "PASJ", "rmxaa": "Rev. Mexicana Astron. Astrofis.", "qjras": "QJRAS",
    "skytel": "S&T", "solphys": "Sol. Phys.", "sovast": "Soviet Ast.", "ssr": "Space Sci. Rev.",
    "zap": "ZAp", "nat": "Nature", "iaucirc": "IAU Circ.", "aplett": "Astrophys. Lett.",
    "apspr": "Astrophys. Space Phys. Res.", "bain": "Bull. Astron. Inst. Netherlands",
    "fcp": "Fund. Cosmic Phys.", "gca": "Geochim. Cosmochim. Acta", "grl": "Geophys. Res. Lett.",
    "jcp": "J. Chem. Phys.", "jgr": "J. Geophys. Res.",
    "jqsrt": "J. Quant. Spec. Radiat. Transf.", "memsai": "Mem. Soc. Astron. Italiana",
    "nphysa": "Nucl. Phys. A", "physrep": "Phys. Rep.", "physscr": "Phys. Scr",
    "planss": "Planet. Space Sci.", "procspie": "Proc. SPIE", "psj": "PSJ",
  ]
}
