package org.policybot.app.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much the server accepts and how long it waits. The JDK server reads its own limits from
 * {@code sun.net.httpserver.*} system properties once per JVM, when the first server is created;
 * {@link #applyJdkProperties()} sets them from these values unless the operator already passed them
 * with {@code -D}.
 *
 * @param maxBodyBytes request bodies larger than this get 413 (mounted chat adapters read bodies)
 * @param maxUriChars request targets (path and query) longer than this get 414
 * @param drainTimeout how long shutdown waits for requests in flight to finish
 * @param requestTimeout how long a client may take to send a request ({@code maxReqTime})
 * @param responseTimeout how long a response may take to be sent ({@code maxRspTime})
 * @param idleTimeout how long a keep-alive connection may sit idle ({@code idleInterval})
 * @param maxHeaders the most request header lines accepted ({@code maxReqHeaders})
 * @param maxHeaderBytes the most bytes in the request line and headers ({@code maxReqHeaderSize})
 */
public record ServerLimits(
    long maxBodyBytes,
    int maxUriChars,
    Duration drainTimeout,
    Duration requestTimeout,
    Duration responseTimeout,
    Duration idleTimeout,
    int maxHeaders,
    int maxHeaderBytes) {

  public ServerLimits {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    if (maxUriChars < 256) {
      throw new IllegalArgumentException("maxUriChars must be at least 256: " + maxUriChars);
    }
    for (Duration d : new Duration[] {drainTimeout, requestTimeout, responseTimeout, idleTimeout}) {
      Objects.requireNonNull(d, "durations must not be null");
      if (d.isNegative() || d.toSeconds() < 1) {
        throw new IllegalArgumentException("timeouts must be at least one second: " + d);
      }
    }
    if (maxHeaders < 1) {
      throw new IllegalArgumentException("maxHeaders must be positive: " + maxHeaders);
    }
    if (maxHeaderBytes <= maxUriChars) {
      // Otherwise the JDK would drop long request lines before the 414 check could answer them.
      throw new IllegalArgumentException(
          "maxHeaderBytes (" + maxHeaderBytes + ") must exceed maxUriChars (" + maxUriChars + ")");
    }
  }

  /**
   * The defaults: 1 MiB bodies (Teams activities are a few KiB), 32 Ki-character request targets (a
   * 10,000-character question fits even percent-encoded), 10 s to drain, 30 s to send a request or
   * a response, 30 s idle keep-alive, 100 headers in 48 KiB.
   */
  public static ServerLimits defaults() {
    return new ServerLimits(
        1024 * 1024,
        32 * 1024,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(30),
        Duration.ofSeconds(30),
        100,
        48 * 1024);
  }

  /** The {@code sun.net.httpserver.*} properties these limits stand for, in a stable order. */
  public Map<String, String> jdkProperties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("sun.net.httpserver.maxReqTime", Long.toString(requestTimeout.toSeconds()));
    p.put("sun.net.httpserver.maxRspTime", Long.toString(responseTimeout.toSeconds()));
    p.put("sun.net.httpserver.idleInterval", Long.toString(idleTimeout.toSeconds()));
    p.put("sun.net.httpserver.maxReqHeaders", Integer.toString(maxHeaders));
    p.put("sun.net.httpserver.maxReqHeaderSize", Integer.toString(maxHeaderBytes));
    // Small responses on keep-alive connections otherwise wait for Nagle's delayed ACK (~40 ms).
    p.put("sun.net.httpserver.nodelay", "true");
    return p;
  }

  /**
   * Sets the JDK server's properties from these limits where they are not set yet, and returns the
   * values in effect. They take effect only if no JDK server was created earlier in this JVM.
   */
  public Map<String, String> applyJdkProperties() {
    Map<String, String> effective = new LinkedHashMap<>();
    jdkProperties()
        .forEach(
            (name, value) -> {
              if (System.getProperty(name) == null) {
                System.setProperty(name, value);
              }
              effective.put(name, System.getProperty(name));
            });
    return effective;
  }
}
