package org.policybot.core;

import java.util.Locale;

/** What kind of reply an answer is. */
public enum AnswerStatus {
  /** A clause answers the question; it is quoted. */
  ANSWERED,
  /** The policies do not cover the question; nothing is quoted. */
  NOT_COVERED,
  /** The message was empty or asked for help; usage is shown. */
  HELP,
  /**
   * The message only thanked the bot ("thanks, that's really helpful!"): a short reply, nothing
   * quoted, no search. Its words ("helpful", "great") otherwise met a clause that uses them.
   */
  ACKNOWLEDGED;

  /** The name used on the wire: {@code answered}, {@code not_covered}, {@code help}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
