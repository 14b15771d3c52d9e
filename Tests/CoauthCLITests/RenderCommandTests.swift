import CoauthTestSupport
import Foundation
import Testing

/// `coauth render`: DOT and SVG output, filters and author lookup.
@Suite struct RenderCommandTests {
  static let lab = AnalyzeCommandTests.lab

  @Test func writesDotToStandardOutput() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["render", Self.lab, "--dot", "-o", "-", "--quiet"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("graph \"coauthors\" {"))
    #expect(result.stdout.contains("label=\"Mary Senior\""))
  }

  /// Edges are straight lines: Graphviz's routing of splines around nodes took about a minute
  /// for the default 250 authors of the ACL set and four minutes for 400, straight lines a second.
  @Test func coauthorshipDrawingHasStraightEdges() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["render", Self.lab, "--dot", "-o", "-", "--quiet"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("overlap=\"prism\""))
    #expect(!result.stdout.contains("splines="))
  }

  @Test func rendersSVGInProcessToTheNamedFile() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["render", Self.lab, "-o", "lab.svg"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("-> lab.svg"))
    let svg = try String(contentsOfFile: coauth.path("lab.svg"), encoding: .utf8)
    #expect(svg.contains("<svg"))
    #expect(svg.contains("Thomas Müller"))
  }

  @Test func egoNetworkKeepsOnlyTheNeighbourhood() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["render", Self.lab, "--ego", "Carl Junior", "--radius", "1", "--dot", "-o", "-", "-q"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Alice Student"))
    #expect(result.stdout.contains("Mary Senior"))
    #expect(!result.stdout.contains("Thomas Müller"))
  }

  @Test func unknownEgoFailsAndWritesNothing() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    // As in every command that takes an author: status 1, not a usage error.
    let result = try coauth.run(["render", Self.lab, "--ego", "Nobody Here", "--dot"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("no author matches 'Nobody Here'"))
    #expect(!FileManager.default.fileExists(atPath: coauth.path("coauth-graph.dot")))
  }

  @Test func mentorshipDrawingHasDirectedTies() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["render", Self.lab, "--mentorship", "--dot", "-o", "-", "-q"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("digraph"))
    #expect(result.stdout.contains("->"))
    // The co-authorship drawing shows the same ties as arrows, and its summary counts them.
    let plain = try coauth.run(["render", Self.lab, "--dot", "-o", "lab.dot", "-q"])
    let arrows = try String(contentsOfFile: coauth.path("lab.dot"), encoding: .utf8)
      .split(separator: "\n").count { $0.contains("->") && !$0.contains("dir=none") }
    #expect(arrows > 0)
    #expect(plain.stdout.contains(", \(arrows) mentorship ties -> lab.dot"))
  }

  @Test func topKeepsTheHighestScoringAuthors() throws {
    let coauth = try CoauthProcess()
    defer { coauth.cleanUp() }
    let result = try coauth.run(["render", Self.lab, "--top", "2", "--size-by", "degree", "--dot", "-o", "-"])
    #expect(result.status == 0)
    let labels = result.stdout.split(separator: "\n").filter { $0.contains("label=") && !$0.contains("->") && !$0.contains(" -- ") }
    #expect(labels.count == 2)
    #expect(result.stdout.contains("Mary Senior"))
    #expect(result.stdout.contains("Alice Student"))
  }
}
