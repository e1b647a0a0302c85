package org.policybot.index;

import java.util.List;

/**
 * What a policy file's example-questions block holds.
 *
 * @param questions the readable lines, in file order
 * @param unreadableLines the 1-based lines of the block that are not "clause number: question"
 */
public record ExampleQuestions(List<ExampleQuestion> questions, List<Integer> unreadableLines) {

  /**
   * How many example questions of one clause are used; the rest are reported by the check. Six to
   * ten cover how staff ask; a pasted log of thousands would cost minutes of embedding.
   */
  public static final int MAX_PER_CLAUSE = 30;

  /** A policy without an example-questions block. */
  public static final ExampleQuestions NONE = new ExampleQuestions(List.of(), List.of());

  public ExampleQuestions {
    questions = List.copyOf(questions);
    unreadableLines = List.copyOf(unreadableLines);
  }

  /** The questions about one clause that are used: the first {@link #MAX_PER_CLAUSE}. */
  public List<String> about(String clauseId) {
    return questions.stream()
        .filter(q -> q.clauseId().equals(clauseId))
        .limit(MAX_PER_CLAUSE)
        .map(ExampleQuestion::question)
        .toList();
  }
}
