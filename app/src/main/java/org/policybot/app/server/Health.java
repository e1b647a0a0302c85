package org.policybot.app.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.policybot.index.search.PolicyIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /healthz}: the process is alive and serving. {@code /readyz}: policies are loaded and a
 * probe question is answered, and the server is not draining for shutdown, so a load balancer stops
 * sending traffic before the listener closes.
 */
final class Health implements HttpHandler {

  static final String LIVE = "/healthz";
  static final String READY = "/readyz";

  private static final Logger LOG = LoggerFactory.getLogger(Health.class);

  private final Asker asker;
  private final BooleanSupplier draining;

  Health(Asker asker, BooleanSupplier draining) {
    this.asker = asker;
    this.draining = draining;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    if (!path.equals(LIVE) && !path.equals(READY)) {
      Responses.notFound(ex);
      return;
    }
    if (!Responses.allow(ex, List.of("GET", "HEAD"))) {
      return;
    }
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ObjectNode o = Responses.object();
    if (path.equals(LIVE)) {
      o.put("status", "ok");
      Responses.json(ex, 200, o);
      return;
    }
    if (draining.getAsBoolean()) {
      o.put("status", "draining");
      Responses.json(ex, 503, o);
      return;
    }
    PolicyIndex index = asker.answerer().library().current();
    boolean answering;
    try {
      answering = index.clauseCount() > 0 && asker.answers();
    } catch (RuntimeException e) {
      LOG.warn("readiness probe question failed", e);
      answering = false;
    }
    o.put("status", answering ? "ready" : "not_answering");
    o.put("policies", index.policies().size());
    o.put("clauses", index.clauseCount());
    Responses.json(ex, answering ? 200 : 503, o);
  }
}
