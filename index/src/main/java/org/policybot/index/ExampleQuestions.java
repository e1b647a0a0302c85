package org.policybot.index;

import java.util.List;

/**
 * What a policy file's example-questions block holds.
 *
 * @param questions the readable lines, in file order
 * @param unreadableLines the 1-based lines of the block that are not "clause number: question"
 */
public record ExampleQuestions(List<ExampleQuestion> questions, List<Integer> unreadableLines) {

  /** A policy without an example-questions block. */
  public static final ExampleQuestions NONE = new ExampleQuestions(List.of(), List.of());

  public ExampleQuestions {
    questions = List.copyOf(questions);
    unreadableLines = List.copyOf(unreadableLines);
  }

  /** The questions about one clause. */
  public List<String> about(String clauseId) {
    return questions.stream()
        .filter(q -> q.clauseId().equals(clauseId))
        .map(ExampleQuestion::question)
        .toList();
  }
}
