package org.policybot.core.feedback;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which votes count: one per person per answer, and only on an answer this server sent, for the
 * clause it quoted. A button's payload comes back from the chat client, and a Teams client can send
 * any payload it likes; a Slack request can be delivered twice. Without this, one person could vote
 * a clause down a hundred times, or vote on clauses never quoted. Answers are remembered in memory,
 * the latest {@link #DEFAULT_CAPACITY}: a vote on an older answer, or on one sent before a restart,
 * is not counted, and the voter is told so. Thread-safe.
 */
public final class Ballots {

  /** About a week of answers for a large trust; each costs a few hundred bytes. */
  public static final int DEFAULT_CAPACITY = 20_000;

  /** What became of a vote, and what the voter is told when it did not count. */
  public enum Outcome {
    /** Recorded in the feedback log; each channel thanks the voter in its own words. */
    COUNTED(""),
    /** This person's vote on this answer was counted before; not recorded again. */
    ALREADY_COUNTED("You have already rated this answer: thanks, your first vote counts."),
    /** Not an answer this server sent lately with that clause; not recorded. */
    UNKNOWN_ANSWER(
        "Sorry, I can no longer record feedback on that answer. Please ask again if you need to.");

    private final String reply;

    Outcome(String reply) {
      this.reply = reply;
    }

    /** The sentence for a vote that did not count, the same in every channel; empty if counted. */
    public String reply() {
      return reply;
    }
  }

  private record Sent(String policyId, String clauseId, Set<String> voters) {}

  private final Map<String, Sent> sent;

  public Ballots() {
    this(DEFAULT_CAPACITY);
  }

  public Ballots(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.sent =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Sent> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Notes that an answer quoting this clause was sent with vote buttons. */
  public synchronized void sent(String answerId, String policyId, String clauseId) {
    Objects.requireNonNull(answerId, "answerId");
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(clauseId, "clauseId");
    sent.putIfAbsent(answerId, new Sent(policyId, clauseId, new HashSet<>()));
  }

  /**
   * Counts the vote if it is this voter's first on an answer that was sent with that clause, and
   * records it in the feedback log.
   *
   * @param voter the channel's id of the person voting, as the channel authenticated it
   */
  public Outcome cast(String voter, Vote vote) {
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(vote, "vote");
    synchronized (this) {
      Sent s = sent.get(vote.answerId());
      if (s == null
          || !s.policyId().equals(vote.policyId())
          || !s.clauseId().equals(vote.clauseId())) {
        return Outcome.UNKNOWN_ANSWER;
      }
      if (!s.voters().add(vote.channel() + "\n" + voter)) {
        return Outcome.ALREADY_COUNTED;
      }
    }
    FeedbackLog.record(vote);
    return Outcome.COUNTED;
  }
}
