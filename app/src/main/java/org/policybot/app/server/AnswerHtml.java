package org.policybot.app.server;

import org.policybot.core.Answer;
import org.policybot.core.CitedClause;
import org.policybot.index.Clause;

/**
 * An answer as an HTML fragment, with the same parts the chat bots show: the lead-in, the quote,
 * the clause number and section, its link, related clauses and the policy version; or the
 * not-covered notice; or the usage text with example questions.
 */
final class AnswerHtml {

  private AnswerHtml() {}

  static String render(Answer a, PageLinks links) {
    StringBuilder out = new StringBuilder(2048);
    out.append("<section id=\"answer\" class=\"answer\" data-status=\"")
        .append(a.status().wireName())
        .append("\" aria-live=\"polite\">\n");
    switch (a.status()) {
      case ANSWERED -> answered(a, a.clause().orElseThrow(), links, out);
      case NOT_COVERED ->
          out.append("<p class=\"not-covered\">").append(Html.escape(a.message())).append("</p>\n");
      case ACKNOWLEDGED ->
          out.append("<p class=\"acknowledged\">")
              .append(Html.escape(a.message()))
              .append("</p>\n");
      case HELP -> {
        out.append("<p class=\"help\">").append(Html.escape(a.message())).append("</p>\n");
        examples(a, links, out);
      }
    }
    return out.append("</section>\n").toString();
  }

  /** Links a few example questions, each a ready-made ask. */
  static void examples(Answer a, PageLinks links, StringBuilder out) {
    if (a.examples().isEmpty()) {
      return;
    }
    out.append("<p>For example:</p>\n<ul class=\"examples\">\n");
    for (String e : a.examples()) {
      out.append("<li><a href=\"")
          .append(Html.href(links.ask(e)))
          .append("\">")
          .append(Html.escape(e))
          .append("</a></li>\n");
    }
    out.append("</ul>\n");
  }

  private static void answered(Answer a, CitedClause c, PageLinks links, StringBuilder out) {
    out.append("<p class=\"lead-in\">").append(Html.escape(a.message())).append("</p>\n");
    out.append("<blockquote class=\"quote\">\n");
    if (!c.context().isEmpty()) {
      out.append("<p class=\"context\">")
          .append(Html.escape(c.context()))
          .append(" &hellip;</p>\n");
    }
    if (c.isProse()) {
      out.append("<p class=\"clause-text\">").append(Html.escape(c.text())).append("</p>\n");
    } else {
      out.append("<div class=\"clause-text\">");
      ClauseHtml.blocks(c.blocks(), out);
      out.append("</div>\n");
    }
    out.append("</blockquote>\n");
    out.append("<p class=\"citation\">").append(Html.escape(c.policyTitle())).append(", clause ");
    clauseLink(c, links, out);
    if (!c.section().isEmpty()) {
      out.append(" (").append(Html.escape(c.section())).append(')');
    }
    out.append("</p>\n");
    out.append("<p class=\"link\">Link: <a class=\"canonical\" href=\"")
        .append(Html.href(c.url()))
        .append("\">")
        .append(Html.escape(c.url()))
        .append("</a></p>\n");
    if (!a.related().isEmpty()) {
      out.append("<p>Related:</p>\n<ul class=\"related\">\n");
      for (CitedClause r : a.related()) {
        out.append("<li>");
        clauseLink(r, links, out);
        String where = r.placeBeside(c);
        if (!where.isEmpty()) {
          out.append(" (").append(Html.escape(where)).append(')');
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("<p class=\"version\">Policy version: ")
        .append(Html.escape(c.version()))
        .append("</p>\n");
  }

  /**
   * The clause number linking to its page on this server. Relative to the page rather than the
   * configured base URL, so the page also works when reached by another host name.
   */
  private static void clauseLink(CitedClause c, PageLinks links, StringBuilder out) {
    out.append("<a class=\"clause-link\" href=\"")
        .append(Html.href(links.clause(c.policyId(), Clause.anchorFor(c.clauseId()))))
        .append("\">")
        .append(Html.escape(c.clauseId()))
        .append("</a>");
  }
}
