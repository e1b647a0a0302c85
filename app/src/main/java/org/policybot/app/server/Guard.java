package org.policybot.app.server;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The filter in front of every route, mounted adapters included: security headers, request size
 * limits, an access log line without the query string (it carries questions), and a 500 instead of
 * a dropped connection when a handler fails.
 */
final class Guard extends Filter {

  /** Scripts, styles and fetches from this server only; no inline code, no framing. */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
          + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private static final Logger LOG = LoggerFactory.getLogger("org.policybot.http.access");
  private static final Logger ERRORS = LoggerFactory.getLogger(Guard.class);

  private final ServerLimits limits;

  Guard(ServerLimits limits) {
    this.limits = limits;
  }

  @Override
  public String description() {
    return "security headers, size limits, access log";
  }

  @Override
  public void doFilter(HttpExchange ex, Chain chain) throws IOException {
    long start = System.nanoTime();
    Headers h = ex.getResponseHeaders();
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Content-Security-Policy", CSP);
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Frame-Options", "DENY");
    try {
      if (tooLong(ex)) {
        refuse(
            ex,
            414,
            "uri_too_long",
            "The address is longer than " + limits.maxUriChars() + " characters.");
      } else if (declaredLength(ex) > limits.maxBodyBytes()) {
        refuse(
            ex,
            413,
            "body_too_large",
            "The request body is larger than " + limits.maxBodyBytes() + " bytes.");
      } else {
        ex.setStreams(new Limited(ex.getRequestBody(), limits.maxBodyBytes()), null);
        chain.doFilter(ex);
      }
    } catch (BodyTooLarge e) {
      if (ex.getResponseCode() == -1) {
        refuse(ex, 413, "body_too_large", e.getMessage());
      }
    } catch (RuntimeException | IOException e) {
      ERRORS.warn("{} {} failed", ex.getRequestMethod(), ex.getRequestURI().getRawPath(), e);
      if (ex.getResponseCode() == -1) {
        Responses.error(ex, 500, "internal_error", "Something went wrong; please try again.");
      }
    } finally {
      ex.close();
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            String.format(
                Locale.ROOT,
                "%s %s %d %.1fms",
                ex.getRequestMethod(),
                ex.getRequestURI().getRawPath(),
                ex.getResponseCode(),
                (System.nanoTime() - start) / 1e6));
      }
    }
  }

  private boolean tooLong(HttpExchange ex) {
    String path = ex.getRequestURI().getRawPath();
    String query = ex.getRequestURI().getRawQuery();
    long length = (path == null ? 0 : path.length()) + (query == null ? 0 : query.length() + 1);
    return length > limits.maxUriChars();
  }

  private static long declaredLength(HttpExchange ex) {
    String value = ex.getRequestHeaders().getFirst("Content-Length");
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1; // the JDK server has already rejected a malformed length
    }
  }

  /** Answers an over-limit request and closes the connection rather than read the rest. */
  private static void refuse(HttpExchange ex, int status, String code, String message)
      throws IOException {
    ex.getResponseHeaders().set("Connection", "close");
    Responses.error(ex, status, code, message);
  }

  /** Thrown by a request body stream once a handler reads past the limit. */
  static final class BodyTooLarge extends IOException {
    BodyTooLarge(long limit) {
      super("The request body is larger than " + limit + " bytes.");
    }
  }

  /** Counts what a handler reads, so chunked bodies without a length are limited too. */
  private static final class Limited extends FilterInputStream {
    private final long limit;
    private long read;

    Limited(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLarge {
      read += n;
      if (read > limit) {
        throw new BodyTooLarge(limit);
      }
    }
  }
}
