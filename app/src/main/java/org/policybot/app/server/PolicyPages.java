package org.policybot.app.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.policybot.core.PolicyLibrary;
import org.policybot.index.Block;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.PolicyMetadata;
import org.policybot.index.Section;

/**
 * {@code /policies} (the list) and {@code /policies/{id}} (one policy, every clause at the anchor
 * that answer links point to). Pages are rendered from {@link PolicyLibrary#current()} on every
 * request, so a republished policy shows at once.
 */
final class PolicyPages implements HttpHandler {

  static final String PREFIX = "/policies";

  private final PolicyLibrary library;
  private final String base;

  /**
   * @param baseUrl the configured public address; copied clause links use it, so they are the same
   *     links the chat bots post
   */
  PolicyPages(PolicyLibrary library, URI baseUrl) {
    this.library = library;
    String b = baseUrl.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }

  /** The path of a clause from the server's root; the base URL goes before it. */
  private static String path(String policyId, String anchor) {
    return PREFIX + "/" + policyId + "#" + anchor;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    if (!Responses.allow(ex, List.of("GET", "HEAD"))) {
      return;
    }
    String path = ex.getRequestURI().getPath();
    PageLinks links = PageLinks.forPath(ex.getRequestURI().getRawPath());
    if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
      Responses.send(ex, 200, Responses.HTML, Page.layout(links, "Policies", list(links)));
      return;
    }
    String id = path.startsWith(PREFIX + "/") ? path.substring(PREFIX.length() + 1) : "";
    Optional<Policy> policy =
        Policy.isValidId(id) ? library.current().policy(id) : Optional.empty();
    if (policy.isEmpty()) {
      Responses.notFound(ex);
      return;
    }
    Responses.send(
        ex, 200, Responses.HTML, Page.layout(links, policy.get().title(), page(policy.get())));
  }

  private String list(PageLinks links) {
    StringBuilder out = new StringBuilder("<h1>Policies</h1>\n<table class=\"policies\">\n");
    out.append(
        "<thead><tr><th>Policy</th><th>Version</th><th>Owner</th><th>Review date</th>"
            + "<th>Clauses</th></tr></thead>\n<tbody>\n");
    for (Policy p : library.current().policies()) {
      PolicyMetadata m = p.metadata();
      out.append("<tr><td><a href=\"")
          .append(Html.href(links.policy(p.id())))
          .append("\">")
          .append(Html.escape(p.title()))
          .append("</a></td><td>")
          .append(Html.escape(p.versionLabel()))
          .append("</td><td>")
          .append(Html.escape(m.owner()))
          .append("</td><td>")
          .append(Html.escape(m.reviewDate()))
          .append("</td><td>")
          .append(p.clauses().size())
          .append("</td></tr>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  private String page(Policy p) {
    StringBuilder out = new StringBuilder(16 * 1024);
    out.append("<article class=\"policy\">\n<h1>").append(Html.escape(p.title())).append("</h1>\n");
    metadata(p, out);
    // Headings and clauses are both in document order, and each clause sits under the last heading
    // before it, numbered or not ("### Returning to work" over 8.3); walking the two lists together
    // keeps that order. A clause under no heading the page has is shown where it falls.
    List<Clause> clauses = p.clauses();
    List<Section> sections = p.sections();
    Predicate<Clause> headless = c -> sections.stream().noneMatch(s -> isUnder(c, s));
    int next = clauses(p, clauses, 0, headless.and(before(sections, 0)), out);
    for (int k = 0; k < sections.size(); k++) {
      Section s = sections.get(k);
      heading(s, out);
      // A heading inside a section ("Keeping in touch" between 8.1 and 8.2) ends the run of
      // clauses drawn under the heading before it, though they share a section number.
      Predicate<Clause> under = headless.or(c -> isUnder(c, s));
      next = clauses(p, clauses, next, under.and(before(sections, k + 1)), out);
    }
    clauses(p, clauses, next, c -> true, out);
    return out.append("</article>\n").toString();
  }

  /**
   * Whether a clause sits under a heading: by number, or, under a heading without one, by the
   * heading's title, which the parser gives the clause as its section title, or by coming after it
   * in the file.
   */
  private static boolean isUnder(Clause c, Section s) {
    return s.id().isEmpty()
        ? c.sectionId().isEmpty() && c.sectionTitle().equals(s.title())
            || s.line() > 0 && c.line() > s.line()
        : c.sectionId().equals(s.id());
  }

  /** Clauses above the k-th heading in the file; every clause when its line is not known. */
  private static Predicate<Clause> before(List<Section> sections, int k) {
    int line = k < sections.size() ? sections.get(k).line() : 0;
    return c -> line == 0 || c.line() < line;
  }

  private static void heading(Section s, StringBuilder out) {
    int level = Math.min(s.level() + 1, 6);
    out.append("<h").append(level).append(" class=\"section\"");
    if (!s.id().isEmpty()) {
      out.append(" id=\"").append(Html.escape("section-" + s.id().replace('.', '-'))).append('"');
    }
    out.append('>');
    if (!s.id().isEmpty()) {
      out.append("<span class=\"number\">").append(Html.escape(s.id())).append("</span> ");
    }
    out.append(Html.escape(s.title())).append("</h").append(level).append(">\n");
  }

  private static void metadata(Policy p, StringBuilder out) {
    PolicyMetadata m = p.metadata();
    out.append("<dl class=\"metadata\">\n");
    item(out, "Version", p.versionLabel());
    item(out, "Owner", m.owner());
    item(out, "Reference", m.reference());
    item(out, "Approved", m.approvalDate());
    item(out, "Review date", m.reviewDate());
    out.append("</dl>\n");
  }

  private static void item(StringBuilder out, String label, String value) {
    if (!value.isEmpty()) {
      out.append("<dt>")
          .append(label)
          .append("</dt><dd>")
          .append(Html.escape(value))
          .append("</dd>\n");
    }
  }

  /**
   * Draws the clauses from {@code from} on while they pass {@code test}.
   *
   * @return the index of the first clause not drawn
   */
  private int clauses(
      Policy p, List<Clause> clauses, int from, Predicate<Clause> test, StringBuilder out) {
    String lastContext = "";
    int i = from;
    for (; i < clauses.size() && test.test(clauses.get(i)); i++) {
      Clause c = clauses.get(i);
      if (!c.context().isEmpty() && !c.context().equals(lastContext)) {
        out.append("<p class=\"lead-in\">").append(Html.escape(c.context())).append("</p>\n");
      }
      lastContext = c.context();
      String anchor = c.anchor();
      out.append("<div class=\"clause\" id=\"")
          .append(Html.escape(anchor))
          .append("\">")
          .append("<a class=\"number\" href=\"#")
          .append(Html.escape(anchor))
          .append("\">")
          .append(Html.escape(c.id()))
          .append("</a> ");
      if (Block.onlyProse(c.blocks())) {
        out.append("<span class=\"text\">").append(Html.escape(c.text())).append("</span> ");
      } else {
        // A list or table is block content, which a <span> may not hold.
        out.append("<div class=\"text\">");
        ClauseHtml.blocks(c.blocks(), out);
        out.append("</div> ");
      }
      out.append("<button type=\"button\" class=\"copy-link\" data-url=\"")
          .append(Html.href(base + path(p.id(), anchor)))
          .append("\" title=\"Copy the link to ")
          .append(Html.escape(c.id()))
          .append("\">Copy link</button></div>\n");
    }
    return i;
  }
}
