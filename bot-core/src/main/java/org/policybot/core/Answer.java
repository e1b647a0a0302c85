package org.policybot.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reply to one question.
 *
 * @param id a short id for this answer, so feedback ("helpful") can refer to it
 * @param question the question as received (control characters removed)
 * @param status answered, not covered, or help
 * @param clause the clause that answers, present exactly when {@code status} is {@code ANSWERED}
 * @param related up to two further clauses worth reading; empty unless answered
 * @param candidates the top clauses the search ranked, best first, whatever the status
 * @param message a sentence for the asker: a lead-in, the not-covered notice or the usage text
 * @param examples example questions, for help replies
 */
public record Answer(
    String id,
    String question,
    AnswerStatus status,
    Optional<CitedClause> clause,
    List<CitedClause> related,
    List<Candidate> candidates,
    String message,
    List<String> examples) {

  public Answer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(message, "message");
    related = List.copyOf(related);
    candidates = List.copyOf(candidates);
    examples = List.copyOf(examples);
    if (clause.isPresent() != (status == AnswerStatus.ANSWERED)) {
      throw new IllegalArgumentException(
          "a clause is quoted exactly when the status is ANSWERED; status "
              + status
              + ", clause "
              + clause);
    }
    if (status != AnswerStatus.ANSWERED && !related.isEmpty()) {
      throw new IllegalArgumentException("related clauses come only with an answer");
    }
  }
}
