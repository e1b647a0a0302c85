package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.index.PolicyFormatException;

/**
 * Takes the HTML comments out of a policy's text before its lines are classified, so that notes HR
 * leave for each other are never quoted as policy, and reads the comment that holds example
 * questions. Text after a comment continues the line the comment opened on, and every line keeps
 * its number in the file.
 *
 * <p>The example-questions block looks like this, anywhere in the file, and is invisible wherever
 * the Markdown is rendered:
 *
 * <pre>
 * &lt;!-- PolicyBot example questions: one per line, the clause number, a colon, the question.
 * 4.6(c): can I add an ex-pupil on Insta?
 * 4.8(b): can I go on TikTok in my lunch break?
 * --&gt;
 * </pre>
 */
final class Comments {

  private static final Pattern BLOCK_TITLE =
      Pattern.compile("(?i)^\\s*policybot example questions");

  /**
   * "4.6(c)", "4.6.c"; or a number told apart by its sub-heading, "2(a) under Mileage", as {@code
   * policybot examples} writes it (see {@code SubHeadings}).
   */
  private static final String NUMBER =
      "([0-9]{1,3}(?:[.][0-9]{1,3}){0,3}(?:[.]?\\(?[a-z]\\)?)?(?: under [^:|]{1,80}?)?)";

  /**
   * ":" or "|", or a dash with a space before it: "6.2-b: question" is a typo for 6.2(b), not a
   * question "b: question" about 6.2.
   */
  private static final String SEPARATOR = "(?:\\s*[:|]|\\s+[-\u2013])";

  /** "4.6(c): question", "4.6.c - question", "12.1 | question". */
  private static final Pattern EXAMPLE = Pattern.compile("^" + NUMBER + SEPARATOR + "\\s*(\\S.*)$");

  /** A clause number and separator with nothing after it: a line not filled in yet. */
  private static final Pattern PLACEHOLDER = Pattern.compile("^" + NUMBER + SEPARATOR + "\\s*$");

  /** An example line as written: the clause number as given, the question, its line. */
  record RawExample(String clauseNumber, String question, int line) {}

  /** A line of the block that is not "number: question". */
  record BadLine(int line) {}

  /**
   * ": can I film a lesson?": a question whose clause number HR have not written yet, as {@code
   * policybot examples --from-log} prints them. Not used, but not silently either: a question left
   * in the file stays in every published version.
   */
  private static final Pattern UNNUMBERED = Pattern.compile("^:\\s*\\S.*$");

  /**
   * @param text the policy with its comments removed
   * @param lineNumbers for each line of {@code text}, its line in the file
   * @param examples the example lines of the example-questions block
   * @param badLines lines of that block that could not be read
   * @param unnumberedLines lines of that block that hold a question without its clause number
   * @param lookalikeBlocks the first lines of other comments that hold example lines: a block whose
   *     title was mistyped, whose questions would otherwise be ignored without a word
   */
  record Result(
      String text,
      List<Integer> lineNumbers,
      List<RawExample> examples,
      List<BadLine> badLines,
      List<Integer> unnumberedLines,
      List<Integer> lookalikeBlocks) {
    Result {
      lineNumbers = List.copyOf(lineNumbers);
      examples = List.copyOf(examples);
      badLines = List.copyOf(badLines);
      unnumberedLines = List.copyOf(unnumberedLines);
      lookalikeBlocks = List.copyOf(lookalikeBlocks);
    }
  }

  /**
   * How many "number: question" lines make an untitled comment look like an example block. One
   * could be a note ("4.2: checked by JB"); two are a list.
   */
  private static final int LOOKALIKE_LINES = 2;

  private Comments() {}

  /**
   * @param source the file name errors mention
   * @throws PolicyFormatException when a comment is not closed before the end of the file or the
   *     next {@code <!--}: what it was meant to hide is unknown, so the file is refused rather than
   *     quoted with HR's notes or cut short
   */
  static Result strip(String source, String text) throws PolicyFormatException {
    StringBuilder out = new StringBuilder(text.length());
    List<Integer> numbers = new ArrayList<>();
    numbers.add(1);
    List<RawExample> examples = new ArrayList<>();
    List<BadLine> bad = new ArrayList<>();
    List<Integer> unnumbered = new ArrayList<>();
    List<Integer> lookalikes = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (true) {
      int open = text.indexOf("<!--", i);
      int end = open < 0 ? text.length() : open;
      for (int k = i; k < end; k++) {
        out.append(text.charAt(k));
        if (isBreak(text, k)) {
          line++;
          numbers.add(line);
        }
      }
      if (open < 0) {
        return new Result(out.toString(), numbers, examples, bad, unnumbered, lookalikes);
      }
      int bodyStart = open + 4;
      int close = closing(text, bodyStart);
      int next = text.indexOf("<!--", bodyStart);
      if (close < 0 || next >= 0 && next < close) {
        throw new PolicyFormatException(
            source, line, "a comment opened with '<!--' is never closed with '-->'; close it");
      }
      String body = close <= bodyStart ? "" : text.substring(bodyStart, close);
      if (BLOCK_TITLE.matcher(body).find()) {
        readExamples(body, line, examples, bad, unnumbered);
      } else if (exampleLines(body) >= LOOKALIKE_LINES) {
        lookalikes.add(line);
      }
      // The text after the comment continues the line it opened on ("give <!-- ... --> five
      // days"), so a note inside a sentence never splits it; later lines keep their numbers.
      line += breaks(body);
      i = close + 3;
    }
  }

  /**
   * Where the comment whose body starts here closes; {@code <!-->} and {@code <!--->} are empty.
   */
  private static int closing(String text, int bodyStart) {
    if (text.startsWith(">", bodyStart)) {
      return bodyStart - 2;
    }
    if (text.startsWith("->", bodyStart)) {
      return bodyStart - 1;
    }
    return text.indexOf("-->", bodyStart);
  }

  private static void readExamples(
      String body,
      int firstLine,
      List<RawExample> examples,
      List<BadLine> bad,
      List<Integer> unnumbered) {
    String[] lines = body.split("\\r\\n|\\r|\\n", -1);
    for (int k = 0; k < lines.length; k++) {
      String line = lines[k].strip();
      if (UNNUMBERED.matcher(line).matches()) {
        unnumbered.add(firstLine + k);
        continue;
      }
      // Lines that do not start with a clause number are HR's notes (the block's title among them).
      if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
        continue;
      }
      if (PLACEHOLDER.matcher(line).matches()) {
        continue; // "4.6(c):" with no question yet, as `policybot examples` prints them
      }
      Matcher m = EXAMPLE.matcher(line);
      String question = m.matches() ? Markup.normalizeSpace(m.group(2)) : "";
      if (question.isEmpty()) {
        bad.add(new BadLine(firstLine + k));
      } else {
        examples.add(new RawExample(m.group(1).toLowerCase(Locale.ROOT), question, firstLine + k));
      }
    }
  }

  private static int exampleLines(String body) {
    int n = 0;
    for (String l : body.split("\\r\\n|\\r|\\n")) {
      if (EXAMPLE.matcher(l.strip()).matches()) {
        n++;
      }
    }
    return n;
  }

  /** Whether a line ends at this character, as the line classifier splits: CRLF, CR or LF. */
  private static boolean isBreak(String s, int k) {
    char c = s.charAt(k);
    return c == '\n' || c == '\r' && (k + 1 == s.length() || s.charAt(k + 1) != '\n');
  }

  /** Line breaks counted as the line classifier splits lines: CRLF, CR or LF. */
  private static int breaks(String s) {
    int n = 0;
    for (int k = 0; k < s.length(); k++) {
      if (isBreak(s, k)) {
        n++;
      }
    }
    return n;
  }
}
