import CoauthIngest
import CoauthModel
import Testing

/// Saved homepages in the shapes common themes and hand-written pages print them.
@Suite struct HTMLListReaderTests {
  private func read(_ html: String) throws -> (Corpus, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let corpus = try HTMLListReader().read(InputSource(label: "home.html", text: html)) {
      diagnostics.append($0)
    }
    return (corpus, diagnostics)
  }

  private func summary(_ corpus: Corpus) -> [String] {
    corpus.publications.map { publication in
      "\(publication.title) | \(publication.authors.map(\.printed).joined(separator: ", ")) | "
        + "\(publication.venue) | \(publication.year.map(String.init) ?? "-")"
    }
  }

  /// The al-folio (Jekyll) theme: items of divs, a badge before the title, hidden abstract and
  /// BibTeX blocks, a navigation bar and a footer.
  @Test func alFolioTheme() throws {
    let (corpus, diagnostics) = try read(
      """
      <!DOCTYPE html>
      <html><head><title>publications | Jane Doe</title><script src="x.js"></script></head>
      <body><header><nav><a href="/">about</a><ul><li><a href="/publications/">publications</a></li></ul></nav></header>
      <h1 class="post-title">publications</h1>
      <p class="post-description">publications by categories in reversed chronological order.</p>
      <h2 class="bibliography">2024</h2>
      <ol class="bibliography"><li><div class="row">
        <div class="col-sm-2 abbr"><abbr class="badge">ACL</abbr></div>
        <div id="doe2024graph" class="col-sm-8">
          <div class="title">Graph Methods for Tiny Research Groups</div>
          <div class="author"><em>Jane Doe</em>,&nbsp;<a href="https://annlee.org">Ann Lee</a>,&nbsp;and&nbsp;Bob Roe</div>
          <div class="periodical"><em>In Proceedings of the 62nd Annual Meeting of the ACL</em>, 2024</div>
          <div class="links"><a class="abstract btn" role="button">Abs</a> <a href="https://arxiv.org/abs/1" class="btn">arXiv</a></div>
          <div class="abstract hidden"><p>We count co-authors in 1999 and after.</p></div>
          <div class="bibtex hidden"><figure><pre>@inproceedings{doe2024graph, author = {Doe, Jane}}</pre></figure></div>
        </div>
      </div></li>
      <li><div class="row">
        <div class="col-sm-2 abbr"><abbr class="badge">EMNLP</abbr></div>
        <div class="col-sm-8"><div class="title">Counting Co-authors Carefully in Large Corpora</div>
        <div class="author">Ann Lee*,&nbsp;<em>Jane Doe*</em>,&nbsp;and&nbsp;Carl M&uuml;ller</div>
        <div class="periodical"><em>In Findings of EMNLP</em>, 2023</div></div>
      </div></li></ol>
      <footer>&copy; Copyright 2024 Jane Doe. Powered by Jekyll.</footer>
      </body></html>
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(
      summary(corpus) == [
        "Graph Methods for Tiny Research Groups | Jane Doe, Ann Lee, Bob Roe | "
          + "Proceedings of the 62nd Annual Meeting of the ACL | 2024",
        "Counting Co-authors Carefully in Large Corpora | Ann Lee, Jane Doe, Carl Müller | "
          + "Findings of EMNLP | 2023",
      ])
    // Located at the page line of the item and of its authors.
    #expect(corpus.publications.map(\.location.line) == [7, 18])
    #expect(corpus.publications.first?.authors.first?.location?.line == 11)
    #expect(corpus.publications[1].authors.map(\.marks.equalContribution) == [true, true, false])
  }

  /// A hand-written page: one publication per paragraph, lines split by <br>, and one in a
  /// single sentence; prose paragraphs around them are not entries and draw no notes.
  @Test func paragraphPerPublication() throws {
    let (corpus, diagnostics) = try read(
      """
      <html><body>
      <h1>Jane Doe</h1>
      <p>Assistant Professor. I was advised by Bob Roe during my PhD.</p>
      <h2>Selected Publications</h2>
      <p>(* equal contribution)</p>
      <p><b>Graph Methods for Tiny Research Groups</b><br>
      <u>Jane Doe</u>, Ann Lee and Bob Roe<br>
      <i>ACL</i>, 2024</p>
      <p>Jane Doe and Ann Lee. <a href="https://x.org/3">A Third Paper on Graphs of People</a>. In <i>NAACL</i>, 2022. [<a href="x.pdf">PDF</a>]</p>
      </body></html>
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(
      summary(corpus) == [
        "Graph Methods for Tiny Research Groups | Jane Doe, Ann Lee, Bob Roe | ACL | 2024",
        "A Third Paper on Graphs of People | Jane Doe, Ann Lee | NAACL | 2022",
      ])
    #expect(corpus.publications.first?.authors.first?.marks.isHighlighted == true)
    #expect(corpus.declaredRelations.map { "\($0.mentor) -> \($0.mentee)" } == ["Bob Roe -> Jane Doe"])
  }

  /// Hugo's academic theme (author-year entries of spans) and a numbered table (IEEE style).
  @Test func hugoThemeAndNumberedTable() throws {
    let (hugo, hugoDiagnostics) = try read(
      """
      <section id="publications"><h1>Recent Publications</h1>
      <div class="pub-list-item"><i class="far fa-file-alt pub-icon"></i>
      <span class="article-metadata li-cite-author"><span class="author-highlighted">Jane Doe</span>, <span>Ann Lee</span></span>
      (2024).
      <a href="/publication/graph/">Graph Methods for Tiny Research Groups</a>.
      <em>ACL</em>.
      <p><a class="btn" href="/publication/graph/graph.pdf">PDF</a></p>
      </div></section>
      """)
    #expect(hugoDiagnostics.isEmpty, "\(hugoDiagnostics)")
    #expect(summary(hugo) == ["Graph Methods for Tiny Research Groups | Jane Doe, Ann Lee | ACL | 2024"])
    #expect(hugo.publications.first?.authors.map(\.marks.isHighlighted) == [true, false])
    let (table, tableDiagnostics) = try read(
      """
      <h2>Publications</h2><table>
      <tr><td>[1]</td><td>J. Doe, A. Lee, and B. Roe, &ldquo;Graph methods for tiny research groups,&rdquo; in <i>Proc. ACL</i>, 2024.</td></tr>
      <tr><td>[2]</td><td>A. Lee and J. Doe, &ldquo;Counting co-authors carefully,&rdquo; in <i>Findings of EMNLP</i>, 2023.</td></tr>
      </table>
      """)
    #expect(tableDiagnostics.isEmpty, "\(tableDiagnostics)")
    #expect(
      summary(table) == [
        "Graph methods for tiny research groups | J. Doe, A. Lee, B. Roe | Proc. ACL | 2024",
        "Counting co-authors carefully | A. Lee, J. Doe | Findings of EMNLP | 2023",
      ])
  }

  /// The page's title names its owner (the mentee of "advised by"), as front matter does.
  @Test func titleNamesTheOwner() throws {
    let (corpus, _) = try read(
      """
      <html><head><title>Publications | Jane Doe</title></head><body>
      <h1>Welcome</h1><p>I am advised by Bob Roe.</p>
      <h2>Papers</h2><ul><li>Jane Doe, Ann Lee. <a href="x">A Study of Graphs and People</a>. ACL, 2020.</li></ul>
      </body></html>
      """)
    #expect(corpus.declaredRelations.map { "\($0.mentor) -> \($0.mentee)" } == ["Bob Roe -> Jane Doe"])
    #expect(corpus.publications.count == 1)
  }

  /// A Google Scholar profile saved from the browser: one table row per paper, its title a
  /// link, its authors and venue in divs, the citations and the year in cells of their own.
  @Test func googleScholarProfile() throws {
    let (corpus, diagnostics) = try read(
      """
      <!doctype html><html><head><title>Jane Doe - Google Scholar</title></head><body>
      <div id="gsc_prf_in">Jane Doe</div>
      <table id="gsc_a_t"><thead><tr><th>Title</th><th>Cited by</th><th>Year</th></tr></thead><tbody>
      <tr class="gsc_a_tr"><td class="gsc_a_t"><a href="/citations?x=1" class="gsc_a_at">Graph methods for tiny research groups</a><div class="gs_gray">J Doe, A Lee, B Roe</div><div class="gs_gray">Proceedings of the ACL, 1234-1245<span class="gs_oph">, 2024</span></div></td><td class="gsc_a_c"><a href="#">42</a></td><td class="gsc_a_y"><span>2024</span></td></tr>
      <tr class="gsc_a_tr"><td class="gsc_a_t"><a href="/citations?x=2" class="gsc_a_at">Counting co-authors carefully in large corpora</a><div class="gs_gray">A Lee, J Doe, C Müller</div><div class="gs_gray">Findings of EMNLP<span class="gs_oph">, 2023</span></div></td><td class="gsc_a_c"><a href="#">7</a></td><td class="gsc_a_y"><span>2023</span></td></tr>
      </tbody></table></body></html>
      """)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(
      summary(corpus) == [
        "Graph methods for tiny research groups | J Doe, A Lee, B Roe | Proceedings of the ACL | 2024",
        "Counting co-authors carefully in large corpora | A Lee, J Doe, C Müller | Findings of EMNLP | 2023",
      ])
  }

  /// A page without publications is the homepage reader's warning, at the page's first line.
  @Test func pageWithoutPublications() throws {
    let (corpus, diagnostics) = try read("<html><body><h1>Jane Doe</h1><p>Hello.</p></body></html>")
    #expect(corpus.publications.isEmpty)
    #expect(diagnostics.map(\.code) == ["markdown.no-publications"])
  }
}
