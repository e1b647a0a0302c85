package org.policybot.app.cli;

import java.util.List;
import org.policybot.core.Answer;
import org.policybot.core.CitedClause;

/** An answer as plain text for a terminal: the console channel. */
final class ConsoleAnswer {

  private ConsoleAnswer() {}

  static String render(Answer a) {
    StringBuilder out = new StringBuilder();
    switch (a.status()) {
      case HELP -> {
        out.append(a.message()).append('\n');
        if (!a.examples().isEmpty()) {
          // A custom folder has no examples unless configured: no empty "For example:".
          out.append("\nFor example:\n");
          a.examples().forEach(e -> out.append("  policybot ask \"").append(e).append("\"\n"));
        }
      }
      case NOT_COVERED, ACKNOWLEDGED -> out.append(a.message()).append('\n');
      case ANSWERED -> {
        CitedClause c = a.clause().orElseThrow();
        out.append(c.policyTitle()).append(", clause ").append(c.clauseId());
        if (!c.section().isEmpty()) {
          out.append(" (").append(c.section()).append(')');
        }
        out.append("\n\n");
        if (!c.context().isEmpty()) {
          out.append("  ").append(c.context()).append("\n  ...\n");
        }
        // A list or table keeps its lines, each indented under the opening quotation mark.
        List<String> lines = c.isProse() ? List.of(c.text()) : ConsoleQuote.lines(c.blocks());
        out.append("  \"").append(String.join("\n   ", lines)).append("\"\n\n");
        out.append("Link: ").append(c.url()).append('\n');
        if (!a.related().isEmpty()) {
          out.append("Related:\n");
          for (CitedClause r : a.related()) {
            out.append("  ").append(r.clauseId());
            String where = r.placeBeside(c);
            if (!where.isEmpty()) {
              out.append(" (").append(where).append(')');
            }
            out.append(": ").append(r.url()).append('\n');
          }
        }
        out.append("Policy version: ").append(c.version()).append('\n');
      }
    }
    return out.toString();
  }
}
