package org.policybot.app.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads one parameter from a raw query string ({@code a=1&q=can+I+post}). */
final class Query {

  private Query() {}

  /**
   * The first value of a parameter, decoded as UTF-8 form encoding, or empty when absent.
   *
   * @throws IllegalArgumentException when the value's percent-encoding is malformed
   */
  static Optional<String> param(String rawQuery, String name) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        return Optional.of(URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }
}
