package org.policybot.core;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * How answers are worded and linked.
 *
 * @param baseUrl where the policy pages are served; links are {@code
 *     {base}/policies/{policyId}#{anchor}}
 * @param hrContact who to ask when the policies do not cover a question, in words ("your HR team at
 *     hr@example.org")
 * @param examples example questions shown with help
 */
public record AnswerSettings(URI baseUrl, String hrContact, List<String> examples) {

  /** The examples shown when nothing else is configured; they suit the bundled policy. */
  public static final List<String> DEFAULT_EXAMPLES =
      List.of(
          "Can I post about my school on social media?",
          "Can I accept a friend request from an ex-pupil?",
          "Can I use Twitter at lunch?");

  public AnswerSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(hrContact, "hrContact");
    if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + baseUrl);
    }
    if (hrContact.isBlank()) {
      throw new IllegalArgumentException("hrContact must not be blank");
    }
    examples = List.copyOf(examples);
  }

  /** Settings for local use: links to {@code http://localhost:8080}, HR named generically. */
  public static AnswerSettings defaults() {
    return new AnswerSettings(
        URI.create("http://localhost:8080"), "your HR team", DEFAULT_EXAMPLES);
  }

  /** The link to a clause. */
  public String clauseUrl(String policyId, String anchor) {
    String base = baseUrl.toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + "/policies/" + policyId + "#" + anchor;
  }
}
