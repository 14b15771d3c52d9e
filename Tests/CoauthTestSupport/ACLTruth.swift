import Foundation

/// The truth table of the ACL Anthology 2020-2022 evaluation set (`../shared`) and the scores
/// of `shared/tools/eval_dedup.py` (pairwise and B-cubed precision, recall and F1), for tests
/// that evaluate author resolution.
public enum ACLTruth {
  /// One truth row.
  public struct Row: Sendable {
    public var publication: String
    public var position: Int
    public var rawName: String
    public var person: String
  }

  /// Scores of one prediction.
  public struct Scores: Sendable, Equatable, CustomStringConvertible {
    public var pairwisePrecision: Double
    public var pairwiseRecall: Double
    public var bcubedPrecision: Double
    public var bcubedRecall: Double
    public var persons: Int
    public var clusters: Int

    public var pairwiseF1: Double { f1(pairwisePrecision, pairwiseRecall) }
    public var bcubedF1: Double { f1(bcubedPrecision, bcubedRecall) }

    public var description: String {
      func format(_ value: Double) -> String { String(format: "%.4f", value) }
      return "bcubed_f1=\(format(bcubedF1)) pairwise_f1=\(format(pairwiseF1))"
        + " bcubed_p=\(format(bcubedPrecision)) bcubed_r=\(format(bcubedRecall))"
        + " pairwise_p=\(format(pairwisePrecision)) pairwise_r=\(format(pairwiseRecall))"
        + " persons=\(persons) clusters=\(clusters)"
    }

    private func f1(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }
  }

  /// Pairwise and B-cubed scores from the person × cluster contingency table.
  public static func score(persons: [String], clusters: [String]) -> Scores {
    var cells: [[String]: Int] = [:]
    var personSize: [String: Int] = [:]
    var clusterSize: [String: Int] = [:]
    for (person, cluster) in zip(persons, clusters) {
      cells[[person, cluster], default: 0] += 1
      personSize[person, default: 0] += 1
      clusterSize[cluster, default: 0] += 1
    }
    func pairs(_ n: Int) -> Int { n * (n - 1) / 2 }
    let sameBoth = cells.values.reduce(0) { $0 + pairs($1) }
    let samePerson = personSize.values.reduce(0) { $0 + pairs($1) }
    let sameCluster = clusterSize.values.reduce(0) { $0 + pairs($1) }
    let total = Double(persons.count)
    var bcubedPrecision = 0.0
    var bcubedRecall = 0.0
    for (cell, n) in cells.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
      let square = Double(n * n)
      bcubedPrecision += square / Double(clusterSize[cell[1]] ?? 1)
      bcubedRecall += square / Double(personSize[cell[0]] ?? 1)
    }
    return Scores(
      pairwisePrecision: sameCluster > 0 ? Double(sameBoth) / Double(sameCluster) : 1,
      pairwiseRecall: samePerson > 0 ? Double(sameBoth) / Double(samePerson) : 1,
      bcubedPrecision: bcubedPrecision / total, bcubedRecall: bcubedRecall / total,
      persons: personSize.count, clusters: clusterSize.count)
  }

  /// The rows of a `truth.csv.gz`, decompressed with `gzip -dc`.
  public static func read(_ url: URL) throws -> [Row] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-dc", url.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    var records = parseCSV(text)
    let header = records.removeFirst()
    let column = { (name: String) in header.firstIndex(of: name) ?? -1 }
    let (pub, position, raw, person) = (
      column("pub_id"), column("position"), column("raw_name"), column("person_id")
    )
    return records.compactMap { fields in
      guard fields.count == header.count, let place = Int(fields[position]) else { return nil }
      return Row(
        publication: fields[pub], position: place, rawName: fields[raw], person: fields[person])
    }
  }

  /// RFC 4180 records: quoted fields may hold commas, quotes (doubled) and newlines.
  static func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var iterator = text.makeIterator()
    var pending: Character? = nil
    while let character = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          let next = iterator.next()
          if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
        } else {
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"": quoted = true
      case ",":
        record.append(field)
        field = ""
      case "\n", "\r\n":
        record.append(field)
        records.append(record)
        record = []
        field = ""
      default: field.append(character)
      }
    }
    if !field.isEmpty || !record.isEmpty {
      record.append(field)
      records.append(record)
    }
    return records
  }
}
