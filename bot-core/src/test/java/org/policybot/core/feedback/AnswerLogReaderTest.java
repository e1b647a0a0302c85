package org.policybot.core.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerLogReaderTest {

  /** As the app's default logback pattern writes them. */
  private static String answer(String id, String outcome, String question) {
    return "10:15:02.114 INFO  [http-3] org.policybot.questions - page answer "
        + id
        + " "
        + outcome
        + " q=\""
        + AnswerLog.quote(question)
        + "\"";
  }

  private static String vote(String id, String verdict) {
    return "10:15:09.001 INFO  [slack-answer-2] policybot.feedback - feedback channel=slack"
        + " answer_id="
        + id
        + " policy=social-media-policy clause=4.6(c) verdict="
        + verdict;
  }

  @Test
  void keeps_questions_not_covered_and_those_voted_not_helpful_most_frequent_first() {
    List<LoggedQuestion> read =
        AnswerLogReader.toLearnFrom(
            List.of(
                answer("a1", "answered social-media-policy 4.6(c)", "can i add an ex pupil"),
                vote("a1", "helpful"),
                answer("a2", "not_covered -", "Can I wear jeans on Fridays?"),
                answer("a3", "answered social-media-policy 4.8(b)", "can i check insta in PPA"),
                "10:15:03.000 INFO  [main] org.policybot.app - serving 1 policies",
                answer("a4", "not_covered -", "can i  wear JEANS on fridays?"),
                answer("a5", "answered social-media-policy 4.2(a)", "is a vlog ok"),
                vote("a5", "not_helpful"),
                answer("a6", "help -", "help")));
    assertEquals(2, read.size(), read.toString());
    assertEquals(
        new LoggedQuestion("Can I wear jeans on Fridays?", 2, 2, 0, List.of()), read.get(0));
    assertEquals(
        new LoggedQuestion("is a vlog ok", 1, 0, 1, List.of("social-media-policy 4.2(a)")),
        read.get(1));
  }

  @Test
  void the_last_vote_on_an_answer_counts_and_a_vote_may_come_before_its_answer() {
    List<LoggedQuestion> read =
        AnswerLogReader.toLearnFrom(
            List.of(
                vote("b1", "not_helpful"),
                answer("b1", "answered social-media-policy 4.2(a)", "can I blog"),
                answer("b2", "answered social-media-policy 4.2(a)", "can I vlog"),
                vote("b2", "not_helpful"),
                vote("b2", "helpful")));
    assertEquals(
        List.of(new LoggedQuestion("can I blog", 1, 0, 1, List.of("social-media-policy 4.2(a)"))),
        read);
  }

  @Test
  void lines_without_question_text_give_nothing_to_learn_from() {
    List<LoggedQuestion> read =
        AnswerLogReader.toLearnFrom(
            List.of(
                "10:15:02.114 DEBUG [http-3] org.policybot.questions - page answer c1 not_covered -",
                vote("c1", "not_helpful")));
    assertTrue(read.isEmpty(), read.toString());
  }

  @Test
  void questions_voted_down_most_often_come_first_and_quote_marks_do_not_split_a_question() {
    List<String> lines = new java.util.ArrayList<>();
    lines.add(answer("e1", "not_covered -", "What\u2019s the dress code?"));
    lines.add(answer("e2", "not_covered -", "what's the dress code"));
    for (int i = 0; i < 3; i++) {
      lines.add(answer("v" + i, "answered social-media-policy 4.2(a)", "is a vlog ok"));
      lines.add(vote("v" + i, "not_helpful"));
    }
    List<LoggedQuestion> read = AnswerLogReader.toLearnFrom(lines);
    assertEquals(
        List.of(
            new LoggedQuestion("is a vlog ok", 3, 0, 3, List.of("social-media-policy 4.2(a)")),
            new LoggedQuestion("What\u2019s the dress code?", 2, 2, 0, List.of())),
        read);
  }

  @Test
  void fields_after_the_message_as_kvp_patterns_add_them_do_not_hide_a_line() {
    List<LoggedQuestion> read =
        AnswerLogReader.toLearnFrom(
            List.of(
                answer("f1", "answered social-media-policy 4.2(a)", "can I vlog")
                    + " channel=\"teams\" [req=abc]",
                vote("f1", "not_helpful") + " channel=\"teams\" verdict=\"not_helpful\""));
    assertEquals(
        List.of(new LoggedQuestion("can I vlog", 1, 0, 1, List.of("social-media-policy 4.2(a)"))),
        read);
  }

  @Test
  void a_line_of_the_unescaped_format_with_a_forged_field_is_not_read() {
    // Written before questions were escaped: the staff question forged a second q= field.
    String old =
        "10:15:02.114 INFO  [http-3] org.policybot.questions - api answer a1 answered"
            + " social-media-policy 4.2(a) q=\"hi\" x answer 000000000003 not_covered -"
            + " q=\"Why does HR ignore complaints\"";
    assertTrue(AnswerLogReader.toLearnFrom(List.of(old)).isEmpty());
  }

  @Test
  void a_question_cannot_forge_a_second_entry() {
    String forged = "ok\" x answer z9 not_covered - q=\"forged";
    List<LoggedQuestion> read =
        AnswerLogReader.toLearnFrom(List.of(answer("d1", "not_covered -", forged)));
    assertEquals(List.of(new LoggedQuestion(forged, 1, 1, 0, List.of())), read);
  }
}
