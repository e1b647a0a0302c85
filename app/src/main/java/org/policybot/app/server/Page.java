package org.policybot.app.server;

/**
 * The page frame every HTML response shares. Scripts and styles come from {@code /static/} only, as
 * the Content-Security-Policy requires; nothing inline.
 */
final class Page {

  private Page() {}

  /**
   * A whole page around an already-escaped body; {@code title} is escaped here. Its links are
   * relative to the page ({@link PageLinks}).
   */
  static String layout(PageLinks links, String title, String body) {
    return "<!DOCTYPE html>\n"
        + "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + Html.escape(title)
        + " - PolicyBot</title>\n"
        + "<link rel=\"stylesheet\" href=\""
        + Html.href(links.asset("policybot.css"))
        + "\">\n"
        + "<script src=\""
        + Html.href(links.asset("policybot.js"))
        + "\" defer></script>\n"
        + "</head>\n<body>\n"
        + "<header class=\"site\"><a class=\"brand\" href=\""
        + Html.href(links.home())
        + "\">PolicyBot</a><nav><a href=\""
        + Html.href(links.home())
        + "\">Ask</a> <a href=\""
        + Html.href(links.policies())
        + "\">Policies</a></nav></header>\n"
        + "<main>\n"
        + body
        + "</main>\n</body>\n</html>\n";
  }
}
