package org.policybot.core.feedback;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One vote on one answer, from any channel. Every field ends up in a log line, and the ids come
 * back from chat platforms, so only short runs of plain characters are accepted: no spaces, no
 * {@code =}, no line breaks, nothing that could forge another field or another line.
 *
 * @param channel the channel the vote came from, e.g. {@code slack} or {@code teams}
 * @param answerId the answer's id, from the core
 * @param policyId the quoted policy's id
 * @param clauseId the quoted clause's number, e.g. {@code 4.6(c)}
 * @param verdict what the voter said
 */
public record Vote(
    String channel, String answerId, String policyId, String clauseId, Verdict verdict) {

  /** The longest id a vote accepts; ours are far shorter. */
  public static final int MAX_ID_LENGTH = 128;

  private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._()#-]{1," + MAX_ID_LENGTH + "}");

  public Vote {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(answerId, "answerId");
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(clauseId, "clauseId");
    Objects.requireNonNull(verdict, "verdict");
    if (!CHANNEL.matcher(channel).matches()) {
      throw new IllegalArgumentException("bad channel: '" + channel + "'");
    }
    requireId("answer id", answerId);
    requireId("policy id", policyId);
    requireId("clause id", clauseId);
  }

  /** Whether a value can be used as an id in a vote, for adapters that clean values first. */
  public static boolean isValidId(String value) {
    return value != null && ID.matcher(value).matches();
  }

  private static void requireId(String what, String value) {
    if (!isValidId(value)) {
      throw new IllegalArgumentException("bad " + what + ": '" + value + "'");
    }
  }
}
