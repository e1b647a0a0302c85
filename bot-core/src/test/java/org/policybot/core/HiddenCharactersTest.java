package org.policybot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybot.core.testing.TestAnswerers;

/**
 * Found in review: QuestionText replaced every format character (\p{Cf}) with a space, so a
 * zero-width space, zero-width joiner or soft hyphen that copy and paste leaves inside a word split
 * it ("Twit\u200Bter" was searched as "Twit ter") and the question was not covered; and its
 * whitespace handling was ASCII-only, so "help" followed by a no-break space was searched as a
 * question instead of getting the usage.
 */
class HiddenCharactersTest {

  private final PolicyAnswerer answerer = TestAnswerers.shared();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Can I use Twit\u200Bter at lunch?", // zero-width space
        "Can I use Twit\u00ADter at lunch?", // soft hyphen (Word)
        "Can I use Twit\u200Dter at lunch?", // zero-width joiner
        "Can I use Twit\u2060ter at lunch?", // word joiner
      })
  void an_invisible_character_inside_a_word_does_not_change_the_answer(String question) {
    Answer plain = answerer.answer("Can I use Twitter at lunch?");
    Answer hidden = answerer.answer(question);

    assertEquals(AnswerStatus.ANSWERED, plain.status());
    assertEquals(
        plain.clause().map(CitedClause::clauseId),
        hidden.clause().map(CitedClause::clauseId),
        "searched as '" + hidden.question() + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"help\u00A0", "\u00A0help", "help\u202F"})
  void help_with_a_no_break_space_around_it_gets_the_usage(String question) {
    assertEquals(AnswerStatus.HELP, answerer.answer(question).status());
  }
}
