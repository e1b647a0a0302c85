package org.policybot.core.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The words of the HR status report, shared by every channel so Slack and Teams say the same thing;
 * each channel supplies only its markup: how to escape policy-supplied text, how to write a time,
 * and how to flag an overdue review.
 */
public final class StatusWording {

  private StatusWording() {}

  /** How a channel marks up the report's pieces. */
  public interface Markup {
    /** Policy- or store-supplied text, escaped for the channel and kept to one line. */
    String text(String raw, int max);

    /** A time, as the channel best shows it. */
    String time(Instant at);

    /** The flag after an overdue review date. */
    String overdueFlag();

    /** The mark of a reload that went well. */
    String okFlag();

    /** The mark of a reload that refused files. */
    String errorFlag();

    /** A channel's markup from its escaping, its time format and its three flags. */
    static Markup of(
        BiFunction<String, Integer, String> text,
        Function<Instant, String> time,
        String okFlag,
        String errorFlag,
        String overdueFlag) {
      record Of(
          BiFunction<String, Integer, String> escape,
          Function<Instant, String> clock,
          String okFlag,
          String errorFlag,
          String overdueFlag)
          implements Markup {
        @Override
        public String text(String raw, int max) {
          return escape.apply(raw, max);
        }

        @Override
        public String time(Instant at) {
          return clock.apply(at);
        }
      }
      return new Of(text, time, okFlag, errorFlag, overdueFlag);
    }
  }

  /** Policies needing attention (overdue review, refused newer file) first, otherwise in order. */
  public static List<PolicyStatus> attentionFirst(List<PolicyStatus> policies) {
    List<PolicyStatus> sorted = new ArrayList<>(policies);
    sorted.sort(Comparator.comparing(p -> !needsAttention(p)));
    return sorted;
  }

  /** Whether HR should look at this policy now. */
  public static boolean needsAttention(PolicyStatus p) {
    return p.overdue() || p.problem().isPresent();
  }

  /** "3 live policies, 1 overdue for review". */
  public static String summary(LibraryStatus status) {
    int count = status.policies().size();
    return String.format(
        Locale.ROOT,
        "%d live %s, %d overdue for review",
        count,
        count == 1 ? "policy" : "policies",
        status.overdue().size());
  }

  /**
   * The facts of one policy after its title: "version V1.0, 27 clauses, published … by …, review
   * date February 2022 (flag)".
   */
  public static String facts(PolicyStatus p, Markup m, int nameMax) {
    StringBuilder s = new StringBuilder();
    s.append("version ")
        .append(m.text(p.version(), nameMax))
        .append(", ")
        .append(p.clauseCount())
        .append(p.clauseCount() == 1 ? " clause, " : " clauses, ")
        .append(p.published().map(pub -> published(pub, m, nameMax)).orElse("loaded at start-up"))
        .append(", ");
    if (p.reviewDate().isBlank()) {
      s.append("no review date");
    } else {
      s.append("review date ").append(m.text(p.reviewDate(), nameMax));
      if (p.overdue()) {
        s.append(' ').append(m.overdueFlag());
      } else if (p.reviewDue().isEmpty()) {
        s.append(" (not a date I can read)");
      }
    }
    return s.toString();
  }

  /** Why a newer file of this policy is not live, when one was refused. */
  public static String refusedNote(String message, Markup m, int max) {
    return "a newer file was refused: "
        + m.text(message, max)
        + " (this version is still answering)";
  }

  private static String published(Publication p, Markup m, int nameMax) {
    return Publication.FOLDER.equals(p.by())
        ? "changed in the policies folder " + m.time(p.at())
        : "published " + m.time(p.at()) + " by " + m.text(p.by(), nameMax);
  }

  /**
   * What the last reload did: "(ok) ok, reloaded leave; removed old" or "(error) 2 files refused,
   * no policy changed".
   */
  public static String reloadOutcome(ReloadResult r, Markup m, int idsMax) {
    StringBuilder s = new StringBuilder();
    if (r.ok()) {
      s.append(m.okFlag()).append(" ok, ");
    } else {
      int n = r.problems().size();
      s.append(m.errorFlag())
          .append(String.format(Locale.ROOT, " %d %s refused, ", n, n == 1 ? "file" : "files"));
    }
    s.append(
        r.changed().isEmpty() ? "no policy changed" : "reloaded " + ids(r.changed(), m, idsMax));
    if (!r.removed().isEmpty()) {
      s.append("; removed ").append(ids(r.removed(), m, idsMax));
    }
    return s.toString();
  }

  /** One refused file: its error and whether the previous version still answers. */
  public static String refusal(ReloadResult.Problem p, Markup m, int max) {
    return m.text(p.message(), max)
        + (p.previousServing() ? " (the previous version is still answering)" : " (not loaded)");
  }

  /** The ids of changed or removed policies, escaped and bounded. */
  public static String ids(List<String> ids, Markup m, int max) {
    return m.text(String.join(", ", ids), max);
  }
}
