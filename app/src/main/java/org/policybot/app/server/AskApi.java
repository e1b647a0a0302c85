package org.policybot.app.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.policybot.app.json.AnswerJson;

/**
 * {@code GET /api/ask?q=...}: one answer in the JSON contract of {@code policybot ask --json}
 * ({@link AnswerJson}). A missing {@code q} is a 400; an empty one gets the help answer, as in the
 * chat bots.
 */
final class AskApi implements HttpHandler {

  static final String PATH = "/api/ask";

  private final Asker asker;

  AskApi(Asker asker) {
    this.asker = asker;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    if (!ex.getRequestURI().getRawPath().equals(PATH)) {
      Responses.notFound(ex);
      return;
    }
    if (!Responses.allow(ex, List.of("GET"))) {
      return;
    }
    Optional<String> q;
    try {
      q = Query.param(ex.getRequestURI().getRawQuery(), "q");
    } catch (IllegalArgumentException e) {
      Responses.error(ex, 400, "bad_request", "The q parameter is not properly URL-encoded.");
      return;
    }
    if (q.isEmpty()) {
      Responses.error(ex, 400, "missing_question", "Add the question as ?q=...");
      return;
    }
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    Responses.send(ex, 200, Responses.JSON, AnswerJson.line(asker.answer(q.get(), "api")));
  }
}
