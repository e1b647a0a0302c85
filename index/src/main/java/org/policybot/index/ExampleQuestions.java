package org.policybot.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a policy file's example-questions block holds.
 *
 * @param questions the readable lines, in file order
 * @param unreadableLines the 1-based lines of the block that are not "clause number: question"
 * @param unnumberedLines the 1-based lines of the block that hold a question with no clause number
 *     before its colon yet (": can I film a lesson?"); they are not used
 * @param ignoredBlockLines the first lines of other comments that hold "clause number: question"
 *     lines but not the block's title, so are not read (most likely a mistyped title)
 */
public record ExampleQuestions(
    List<ExampleQuestion> questions,
    List<Integer> unreadableLines,
    List<Integer> unnumberedLines,
    List<Integer> ignoredBlockLines) {

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
    unnumberedLines = List.copyOf(unnumberedLines);
    ignoredBlockLines = List.copyOf(ignoredBlockLines);
  }

  /** A block and its unreadable lines, with no look-alike comments. */
  public ExampleQuestions(List<ExampleQuestion> questions, List<Integer> unreadableLines) {
    this(questions, unreadableLines, List.of(), List.of());
  }

  /**
   * The questions that are used, by clause id: the first {@link #MAX_PER_CLAUSE} of each, in file
   * order. One pass, for callers that look at every clause.
   */
  public Map<String, List<String>> byClause() {
    Map<String, List<String>> out = new HashMap<>();
    for (ExampleQuestion q : questions) {
      List<String> asked = out.computeIfAbsent(q.clauseId(), k -> new ArrayList<>());
      if (asked.size() < MAX_PER_CLAUSE) {
        asked.add(q.question());
      }
    }
    return out;
  }

  /** The questions about one clause that are used: the first {@link #MAX_PER_CLAUSE}. */
  public List<String> about(String clauseId) {
    return byClause().getOrDefault(clauseId, List.of());
  }
}
