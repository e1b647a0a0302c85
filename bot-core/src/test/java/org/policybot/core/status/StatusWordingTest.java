package org.policybot.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusWordingTest {

  /** Marks escaping with brackets so the test sees which pieces were treated as supplied text. */
  static final StatusWording.Markup BRACKETS =
      new StatusWording.Markup() {
        @Override
        public String text(String raw, int max) {
          return "[" + raw + "]";
        }

        @Override
        public String time(Instant at) {
          return "T" + at.getEpochSecond();
        }

        @Override
        public String overdueFlag() {
          return "!OVERDUE!";
        }

        @Override
        public String okFlag() {
          return "(ok)";
        }

        @Override
        public String errorFlag() {
          return "(error)";
        }
      };

  static PolicyStatus policy(
      String id, Optional<Publication> published, String review, boolean overdue) {
    Optional<LocalDate> due =
        overdue || review.matches("\\d{4}-\\d{2}-\\d{2}")
            ? Optional.of(LocalDate.of(2022, 2, 28))
            : Optional.empty();
    return new PolicyStatus(
        id, "Title " + id, "V1", 2, published, review, due, overdue, Optional.empty());
  }

  @Test
  void facts_name_the_publisher_and_time_and_escape_supplied_text() {
    PolicyStatus p =
        policy(
            "leave",
            Optional.of(new Publication(Instant.ofEpochSecond(100), "J. Smith")),
            "2030-01-01",
            false);
    assertEquals(
        "version [V1], 2 clauses, published T100 by [J. Smith], review date [2030-01-01]",
        StatusWording.facts(p, BRACKETS, 50));
  }

  @Test
  void an_overdue_review_gets_the_channels_flag_and_an_unreadable_date_is_said_so() {
    assertEquals(
        "version [V1], 2 clauses, loaded at start-up, review date [February 2022] !OVERDUE!",
        StatusWording.facts(policy("a", Optional.empty(), "February 2022", true), BRACKETS, 50));
    assertEquals(
        "version [V1], 2 clauses, loaded at start-up, review date [soon-ish] (not a date I can read)",
        StatusWording.facts(policy("b", Optional.empty(), "soon-ish", false), BRACKETS, 50));
  }

  @Test
  void edits_found_in_the_folder_are_told_apart_from_publications() {
    PolicyStatus p =
        policy(
            "c",
            Optional.of(new Publication(Instant.ofEpochSecond(5), Publication.FOLDER)),
            "",
            false);
    assertEquals(
        "version [V1], 2 clauses, changed in the policies folder T5, no review date",
        StatusWording.facts(p, BRACKETS, 50));
  }

  @Test
  void policies_needing_attention_come_first_otherwise_in_order() {
    PolicyStatus a = policy("a", Optional.empty(), "", false);
    PolicyStatus b = policy("b", Optional.empty(), "February 2022", true);
    PolicyStatus c = policy("c", Optional.empty(), "", false);
    assertEquals(List.of(b, a, c), StatusWording.attentionFirst(List.of(a, b, c)));
  }

  @Test
  void a_reload_says_what_changed_or_how_many_files_were_refused() {
    Instant at = Instant.ofEpochSecond(9);
    ReloadResult ok = new ReloadResult(at, List.of("leave"), List.of("old"), List.of());
    assertEquals(
        "(ok) ok, reloaded [leave]; removed [old]", StatusWording.reloadOutcome(ok, BRACKETS, 50));
    ReloadResult.Problem bad =
        new ReloadResult.Problem("leave.md", "leave", "leave.md:3: clause 1.1 appears twice", true);
    ReloadResult refused = new ReloadResult(at, List.of(), List.of(), List.of(bad));
    assertEquals(
        "(error) 1 file refused, no policy changed",
        StatusWording.reloadOutcome(refused, BRACKETS, 50));
    assertEquals(
        "[leave.md:3: clause 1.1 appears twice] (the previous version is still answering)",
        StatusWording.refusal(bad, BRACKETS, 100));
  }
}
