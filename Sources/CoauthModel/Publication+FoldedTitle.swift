import Foundation

extension Publication {
  /// The title folded for telling whether two records are one publication: letters and digits
  /// only, lowercased, accents taken off ("Learning {Things}: A Study." and "LEARNING THINGS - a
  /// study" agree, and so do "Schrödinger" written precomposed, decomposed or "Schrodinger"),
  /// Greek letters spelled out as PubMed and Web of Science print them ("α-synuclein" and
  /// "alpha-synuclein" agree).
  public var foldedTitle: String { Self.folded(title) }

  /// `title` folded as `foldedTitle` folds a publication's.
  public static func folded(_ title: String) -> String {
    var folded = ""
    let lowercased = title.lowercased()
    // Compatibility decomposition: an accented letter is its base letter and a mark, dropped.
    let decomposed =
      lowercased.utf8.allSatisfy { $0 < 0x80 }
      ? lowercased : lowercased.decomposedStringWithCompatibilityMapping
    for scalar in decomposed.unicodeScalars {
      if let name = Self.greekLetterNames[scalar] {
        folded += name
      } else if (scalar.properties.isAlphabetic && !Self.isMark(scalar))
        || ("0"..."9").contains(scalar)
      {
        folded.unicodeScalars.append(scalar)
      }
    }
    return folded
  }

  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: false
    }
  }

  /// The names of the lowercase Greek letters (after compatibility decomposition, which turns
  /// the variant forms ϵ, ϑ, ϕ, ϰ, ϱ, ϖ and the micro sign into these).
  private static let greekLetterNames: [Unicode.Scalar: String] = [
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu",
    "ξ": "xi", "ο": "omicron", "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "sigma", "τ": "tau",
    "υ": "upsilon", "φ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
  ]
}
