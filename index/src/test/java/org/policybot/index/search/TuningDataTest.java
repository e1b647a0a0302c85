package org.policybot.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.index.Clause;
import org.policybot.index.parse.PolicyParser;

/**
 * The question tuning's training data still reads as it was trained on: every question names a
 * clause the parser finds in its policy, so a parser change cannot silently drop training rows.
 */
class TuningDataTest {

  private static final Path SOURCE = Path.of("../tools/question-tuning");
  private static final Pattern PART = Pattern.compile("[0-9]+|[a-z]+");

  private static String parts(String id) {
    List<String> parts = new ArrayList<>();
    Matcher m = PART.matcher(id.toLowerCase(Locale.ROOT));
    while (m.find()) {
      parts.add(m.group());
    }
    return String.join(".", parts);
  }

  @Test
  void every_training_question_names_a_clause_of_its_policy() throws Exception {
    List<Path> policies = TuningData.policies(SOURCE);
    assertEquals(16, policies.size());
    int questions = 0;
    for (Path file : policies) {
      Set<String> ids = new HashSet<>();
      for (Clause c : PolicyParser.parse(file).clauses()) {
        ids.add(parts(c.id()));
      }
      String name = file.getFileName().toString().replaceFirst("\\.md$", "");
      for (String[] q : TuningData.questions(SOURCE.resolve("questions").resolve(name + ".tsv"))) {
        assertTrue(ids.contains(parts(q[1])), name + " has no clause " + q[1] + ": " + q[0]);
        questions++;
      }
    }
    assertEquals(5_534, questions);
  }

  @Test
  void the_dump_has_a_row_per_clause_and_per_question(@TempDir Path out) throws Exception {
    TuningData.main(new String[] {SOURCE.toString(), out.toString()});
    List<String> clauses = Files.readAllLines(out.resolve("clauses.tsv"));
    List<String> questions = Files.readAllLines(out.resolve("questions.tsv"));
    assertEquals(5_534, questions.size());
    assertTrue(clauses.size() > 1_000, clauses.size() + " clauses");
    // [CLS] first and [SEP] last: the token ids the model reads.
    for (String row : questions) {
      String[] ids = row.split("\t")[2].split(" ");
      assertEquals("101", ids[0], row);
      assertEquals("102", ids[ids.length - 1], row);
    }
  }
}
