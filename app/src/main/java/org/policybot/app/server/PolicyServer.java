package org.policybot.app.server;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.policybot.app.config.Settings;
import org.policybot.core.PolicyAnswerer;
import org.policybot.core.feedback.AnswerLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server: policy pages, the ask page, {@code /api/ask}, health checks, and whatever
 * chat adapters {@link #mount} (Slack at {@code /slack/events}, Teams at {@code /api/messages}).
 * Each request runs on its own named virtual thread. Thread-safe; {@link #close()} drains requests
 * in flight before returning.
 */
public final class PolicyServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PolicyServer.class);

  private final HttpServer http;
  private final ExecutorService executor;
  private final Guard guard;
  private final ServerLimits limits;
  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();

  private PolicyServer(HttpServer http, ExecutorService executor, ServerLimits limits) {
    this.http = http;
    this.executor = executor;
    this.limits = limits;
    this.guard = new Guard(limits);
  }

  /** Starts a server on {@code PORT} and {@code POLICYBOT_BIND_ADDRESS} with default limits. */
  public static PolicyServer start(Settings settings, PolicyAnswerer answerer) throws IOException {
    return start(settings, answerer, ServerLimits.defaults());
  }

  /**
   * Starts a server on the configured address and port (port 0 picks a free one; see {@link
   * #port()}), serving the policies {@code answerer} reads.
   */
  public static PolicyServer start(Settings settings, PolicyAnswerer answerer, ServerLimits limits)
      throws IOException {
    Objects.requireNonNull(answerer, "answerer");
    // Must run before the first HttpServer exists: the JDK reads these once per JVM.
    limits.applyJdkProperties().forEach((k, v) -> LOG.debug("{}={}", k, v));
    HttpServer http = listen(settings.bindAddress(), settings.port());
    ExecutorService executor =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("http-", 0).factory());
    http.setExecutor(executor);
    PolicyServer server = new PolicyServer(http, executor, limits);
    Asker asker = new Asker(answerer, new AnswerLog(settings.logQuestions()));
    server.mount("/", new AskPage(asker));
    server.mount(AskApi.PATH, new AskApi(asker));
    server.mount(PolicyPages.PREFIX, new PolicyPages(answerer.library(), settings.baseUrl()));
    server.mount(StaticFiles.PREFIX, new StaticFiles());
    Health health = new Health(asker, server.draining::get);
    server.mount(Health.LIVE, health);
    server.mount(Health.READY, health);
    http.start();
    return server;
  }

  /**
   * Opens the listening socket. The JDK's own messages ("Address already in use", "Unresolved
   * address") name neither the address nor the setting, and they are all an operator sees.
   */
  private static HttpServer listen(String host, int port) throws IOException {
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new UnknownHostException(
          "cannot listen on "
              + host
              + ": no such address; set "
              + Settings.BIND_ADDRESS
              + " to an address of this machine, such as 0.0.0.0 (all) or 127.0.0.1 (this"
              + " machine only)");
    }
    try {
      return HttpServer.create(address, 128);
    } catch (BindException e) {
      String where = "cannot listen on " + host + ":" + port + ": ";
      String why = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      BindException named =
          new BindException(
              why.contains("in use")
                  ? where
                      + "the port is already in use; stop the program using it or set "
                      + Settings.PORT
                      + " to a free port"
                  : why.contains("permission")
                      ? where
                          + "this port needs administrator rights; set "
                          + Settings.PORT
                          + " to 1024 or above"
                      : where
                          + host
                          + " is not an address of this machine ("
                          + e.getMessage()
                          + "); set "
                          + Settings.BIND_ADDRESS
                          + " to one of its addresses, or to 0.0.0.0 (all)");
      named.initCause(e);
      throw named;
    }
  }

  /**
   * Routes every request whose path starts with {@code path} to {@code handler}, behind the same
   * security headers, size limits and access log as the built-in routes. Works before or after
   * start; a path can be mounted once.
   *
   * @throws IllegalArgumentException if the path is not absolute or is already mounted
   */
  public void mount(String path, HttpHandler handler) {
    Objects.requireNonNull(handler, "handler");
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("mount path must start with '/': '" + path + "'");
    }
    HttpContext context = http.createContext(path, handler);
    context.getFilters().add(guard);
  }

  /** The address the server listens on, with the actual port. */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /** The port the server listens on; useful when started on port 0. */
  public int port() {
    return http.getAddress().getPort();
  }

  /**
   * Stops the server gracefully: {@code /readyz} turns 503, the listener closes, and requests in
   * flight get up to the drain timeout to finish. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    draining.set(true);
    long seconds = Math.max(1, limits.drainTimeout().toSeconds());
    LOG.info("stopping: waiting up to {}s for requests in flight", seconds);
    http.stop((int) Math.min(Integer.MAX_VALUE, seconds));
    executor.shutdown();
    LOG.info("stopped");
  }
}
