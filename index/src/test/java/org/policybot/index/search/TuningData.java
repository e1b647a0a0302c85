package org.policybot.index.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.parse.PolicyParser;

/**
 * Writes the training data of the question tuning (tools/question-tuning/README.md) as the index
 * sees it: each clause's embedding text and each question, as the sentence model's token ids. Run
 * by {@code tools/question-tuning/train.sh}; lives with the tests because it reads the package's
 * tokenizer and embedding text.
 *
 * <p>Arguments: the tools/question-tuning folder and an output folder, which gets {@code
 * clauses.tsv} (policy, clause id, token ids) and {@code questions.tsv} (policy, clause id, token
 * ids).
 */
public final class TuningData {

  private TuningData() {}

  public static void main(String[] args) throws IOException, PolicyFormatException {
    Path source = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    WordPieceTokenizer tokenizer = tokenizer();
    try (PrintWriter clauses =
            new PrintWriter(Files.newBufferedWriter(out.resolve("clauses.tsv")));
        PrintWriter questions =
            new PrintWriter(Files.newBufferedWriter(out.resolve("questions.tsv")))) {
      for (Path file : policies(source)) {
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        Policy policy = PolicyParser.parse(file);
        for (Clause c : policy.clauses()) {
          clauses.println(
              name + "\t" + c.id() + "\t" + ids(tokenizer, PolicyIndex.embeddingText(c)));
        }
        for (String[] q : questions(source.resolve("questions").resolve(name + ".tsv"))) {
          questions.println(name + "\t" + q[1] + "\t" + ids(tokenizer, q[0]));
        }
      }
    }
  }

  static List<Path> policies(Path source) throws IOException {
    try (Stream<Path> files = Files.list(source.resolve("policies"))) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
  }

  /** The rows of a question file: the question and the clause id it names. */
  static List<String[]> questions(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        String[] parts = line.split("\t", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
          throw new IllegalArgumentException(file + ": not 'question<TAB>clause id': " + line);
        }
        rows.add(parts);
      }
    }
    return rows;
  }

  static WordPieceTokenizer tokenizer() throws IOException {
    try (var in =
        TuningData.class.getClassLoader().getResourceAsStream(SentenceEncoder.TOKENIZER)) {
      return WordPieceTokenizer.fromTokenizerJson(in);
    }
  }

  private static String ids(WordPieceTokenizer tokenizer, String text) {
    StringBuilder sb = new StringBuilder();
    for (long id : tokenizer.encode(text, SentenceEncoder.MAX_TOKENS)) {
      sb.append(sb.isEmpty() ? "" : " ").append(id);
    }
    return sb.toString();
  }
}
