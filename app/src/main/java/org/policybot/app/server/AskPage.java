package org.policybot.app.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code /}: the web ask page, rendered on the server from {@code ?q=} so it works without script;
 * a question there is answered exactly as in the chat bots. As the context for {@code /} it also
 * receives every unknown path, which gets a 404.
 */
final class AskPage implements HttpHandler {

  private final Asker asker;

  AskPage(Asker asker) {
    this.asker = asker;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    if (!ex.getRequestURI().getRawPath().equals("/")) {
      Responses.notFound(ex);
      return;
    }
    if (!Responses.allow(ex, List.of("GET", "HEAD"))) {
      return;
    }
    Optional<String> q;
    try {
      q = Query.param(ex.getRequestURI().getRawQuery(), "q");
    } catch (IllegalArgumentException e) {
      Responses.error(ex, 400, "bad_request", "The question is not properly encoded.");
      return;
    }
    PageLinks links = PageLinks.forPath(ex.getRequestURI().getRawPath());
    StringBuilder body = new StringBuilder(4096);
    body.append("<h1>Ask about a policy</h1>\n")
        .append("<form class=\"ask\" method=\"get\" action=\"")
        .append(Html.href(links.home()))
        .append("\" role=\"search\">\n")
        .append("<label for=\"q\">Your question</label>\n")
        .append("<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\" required")
        .append(" placeholder=\"Can I accept a friend request from an ex-pupil?\" value=\"")
        .append(Html.escape(q.orElse("")))
        .append("\">\n")
        .append("<button type=\"submit\">Ask</button>\n</form>\n");
    if (q.isPresent() && !q.get().isBlank()) {
      body.append(AnswerHtml.render(asker.answer(q.get(), "page"), links));
    } else {
      // The usage text and examples, without counting it as a question.
      StringBuilder examples = new StringBuilder();
      AnswerHtml.examples(asker.help(), links, examples);
      body.append(examples);
    }
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    Responses.send(ex, 200, Responses.HTML, Page.layout(links, "Ask", body.toString()));
  }
}
