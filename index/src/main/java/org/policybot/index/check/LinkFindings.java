package org.policybot.index.check;

import java.util.ArrayList;
import java.util.List;
import org.policybot.index.Clause;
import org.policybot.index.Policy;

/**
 * Warnings about Markdown links the parser could not read, so a clause quotes them as written, URL
 * and all. It keeps them rather than guess where the URL ends and cut policy words with it; HR can
 * say where it ends.
 */
final class LinkFindings {

  /** How much of the link the warning shows; enough to find it in the file. */
  private static final int SHOWN = 60;

  private LinkFindings() {}

  static List<Finding> find(Policy policy, String source) {
    List<Finding> out = new ArrayList<>();
    for (Clause c : policy.clauses()) {
      int at = c.text().indexOf("](");
      if (at < 0) {
        continue;
      }
      int start = Math.max(0, c.text().lastIndexOf('[', at));
      String link = c.text().substring(start);
      if (link.length() > SHOWN) {
        link = link.substring(0, SHOWN) + "\u2026";
      }
      out.add(
          new Finding(
              Finding.Severity.WARNING,
              source,
              c.line(),
              "clause "
                  + c.id()
                  + " quotes the link \""
                  + link
                  + "\" as written, URL and all, as its URL does not end clearly; put a URL with"
                  + " spaces in angle brackets ('[text](<url>)') and close every '(' in it"));
    }
    return out;
  }
}
