package org.policybot.index.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.policybot.index.Clause;
import org.policybot.index.ExampleQuestion;
import org.policybot.index.ExampleQuestions;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.StruckText;
import org.policybot.index.UnquotedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one policy document (Markdown or plain text) into a {@link Policy}. Stateless and
 * thread-safe.
 */
public final class PolicyParser {

  private static final Logger LOG = LoggerFactory.getLogger(PolicyParser.class);

  private PolicyParser() {}

  /** The file extensions a policies folder may hold. */
  public static boolean isPolicyFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"))
        && !name.startsWith(".");
  }

  /** The policy id a file gets: its name without the extension. */
  public static String policyId(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * The largest policy file read: a few pages of policy are far less; anything larger is not one.
   */
  public static final long MAX_FILE_BYTES = SourceText.MAX_BYTES;

  /** Parses a policy file; its id is the file name without the extension. */
  public static Policy parse(Path file) throws IOException, PolicyFormatException {
    String id = policyId(file);
    if (!Policy.isValidId(id)) {
      throw new PolicyFormatException(
          file.getFileName().toString(),
          0,
          "file name must be letters, digits, '.', '_' or '-' so the policy id can be used in links");
    }
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw new PolicyFormatException(
          file.getFileName().toString(), 0, "file is larger than 5 MB; is it really a policy?");
    }
    return parse(id, file.getFileName().toString(), Files.readAllBytes(file));
  }

  /**
   * Parses a policy from its bytes.
   *
   * @param policyId the id the policy gets
   * @param source the name errors should mention, usually the file name
   * @param bytes the document, UTF-8
   * @throws PolicyFormatException when the bytes are not a usable policy; the message names the
   *     source and, where it helps, the line
   */
  public static Policy parse(String policyId, String source, byte[] bytes)
      throws PolicyFormatException {
    return guarded(source, () -> read(policyId, source, bytes));
  }

  /** One reading of a document, which may refuse it. */
  interface Reading {
    Policy read() throws PolicyFormatException;
  }

  /**
   * Runs a reading so that a defect of the parser itself refuses only this file, with an error that
   * names it, as a malformed file is refused: the other policies still load, and the version that
   * is answering stays.
   */
  static Policy guarded(String source, Reading reading) throws PolicyFormatException {
    try {
      return reading.read();
    } catch (RuntimeException | StackOverflowError e) {
      LOG.error("parsing {} failed inside the parser", source, e);
      throw new PolicyFormatException(
          source,
          0,
          "could not be read: the parser failed on it ("
              + e.getClass().getSimpleName()
              + "); please send the file to whoever runs PolicyBot");
    }
  }

  private static Policy read(String policyId, String source, byte[] bytes)
      throws PolicyFormatException {
    String text = SourceText.decode(source, bytes);
    Comments.Result comments = Comments.strip(source, text);
    // A .txt policy is Word's plain text, not Markdown: "S:\\Staff\\" at a line end and "> 10 days"
    // mean what they say there.
    ExportArtefacts.Result exported;
    String body;
    if (isPlainText(source)) {
      String underlined = UnderlinedHeadings.rewrite(comments.text());
      exported = new ExportArtefacts.Result(underlined, List.of(), List.of());
      body = underlined;
    } else {
      // Tables first: their columns are set by character positions, which cleaning the export's
      // marks ("1^st^", "\\(") would shift; and a pandoc table's rule of dashes is no underline.
      String tables =
          PandocTables.rewrite(GridTables.rewrite(FrontMatter.rewrite(comments.text())));
      exported = ExportArtefacts.clean(UnderlinedHeadings.rewrite(tables), comments.lineNumbers());
      body = NestedLists.number(exported.text());
    }
    Policy policy =
        new ClauseAssembler(policyId, source, LineClassifier.classify(body, comments.lineNumbers()))
            .assemble();
    policy = withExportNotes(policy, exported);
    if (comments.examples().isEmpty()
        && comments.badLines().isEmpty()
        && comments.unnumberedLines().isEmpty()
        && comments.lookalikeBlocks().isEmpty()) {
      return policy;
    }
    return policy.withExamples(examples(policy, comments));
  }

  /**
   * Whether a file of this name is read as plain text (Word's "Save as plain text") rather than
   * Markdown: the same words can read differently ({@code S:\\HR\\_risk} keeps its backslashes only
   * in plain text), so a policy must be checked and served as the same kind of file.
   */
  public static boolean isPlainText(String source) {
    return source.toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  /**
   * The policy with its footnotes among the text no clause holds and the struck words its clauses
   * quote, for {@code policybot check} to name.
   */
  private static Policy withExportNotes(Policy policy, ExportArtefacts.Result exported) {
    if (exported.footnoteLines().isEmpty() && exported.struck().isEmpty()) {
      return policy;
    }
    List<UnquotedText> unquoted = new ArrayList<>(policy.unquoted());
    for (int line : exported.footnoteLines()) {
      unquoted.add(new UnquotedText(line, UnquotedText.Place.FOOTNOTE, "", ""));
    }
    unquoted.sort(Comparator.comparingInt(UnquotedText::line));
    List<StruckText> struck = new ArrayList<>();
    for (ExportArtefacts.Struck s : exported.struck()) {
      quotedBy(policy, s).ifPresent(id -> struck.add(new StruckText(s.line(), s.text(), id)));
    }
    return new Policy(
        policy.id(),
        policy.title(),
        policy.metadata(),
        policy.sections(),
        policy.clauses(),
        policy.examples(),
        unquoted,
        policy.headingsInClauses(),
        struck);
  }

  /**
   * The clause quoting struck words: the last to start at or above their line, if it holds them
   * (struck words in a heading or in text no clause holds are quoted by none).
   */
  private static Optional<String> quotedBy(Policy policy, ExportArtefacts.Struck struck) {
    Clause last = null;
    for (Clause c : policy.clauses()) {
      if (c.line() <= struck.line()) {
        last = c;
      }
    }
    return last != null && last.text().contains(struck.text())
        ? Optional.of(last.id())
        : Optional.empty();
  }

  /** The block's questions, each under the clause id its written number matches. */
  private static ExampleQuestions examples(Policy policy, Comments.Result comments) {
    Map<String, String> byNumber = new HashMap<>();
    for (Clause c : policy.clauses()) {
      byNumber.putIfAbsent(numberKey(c.id()), c.id());
    }
    List<ExampleQuestion> questions = new ArrayList<>();
    for (Comments.RawExample e : comments.examples()) {
      String id = byNumber.getOrDefault(numberKey(e.clauseNumber()), e.clauseNumber());
      questions.add(new ExampleQuestion(id, e.question(), e.line()));
    }
    return new ExampleQuestions(
        questions,
        comments.badLines().stream().map(Comments.BadLine::line).toList(),
        comments.unnumberedLines(),
        comments.lookalikeBlocks());
  }

  /** "4.6(c)", "4.6.c" and "4.6c" are one number: 4.6.c. */
  static String numberKey(String number) {
    String s = number.toLowerCase(Locale.ROOT).replaceAll("[()\\s]+", ".");
    s = s.replaceAll("(?<=\\d)(?=[a-z])", ".");
    return s.replaceAll("\\.+", ".").replaceAll("^\\.|\\.$", "");
  }
}
