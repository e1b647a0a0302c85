package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.index.PolicyFormatException;

/**
 * Takes the HTML comments out of a policy's text before its lines are classified, so that notes HR
 * leave for each other are never quoted as policy, and reads the one comment that holds example
 * questions. Line numbers are kept: a comment's lines become blank lines.
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

  /** "4.6(c): question", "4.6.c - question", "12.1 | question". */
  private static final Pattern EXAMPLE =
      Pattern.compile(
          "^\\s*([0-9]{1,3}(?:[.][0-9]{1,3}){0,3}(?:[.]?\\(?[a-z]\\)?)?)\\s*[:|\\-\u2013]\\s*(\\S.*)$");

  /** A clause number and separator with nothing after it: a line not filled in yet. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "^[0-9]{1,3}(?:[.][0-9]{1,3}){0,3}(?:[.]?\\(?[a-z]\\)?)?\\s*[:|\\-\u2013]\\s*$");

  /** An example line as written: the clause number as given, the question, its line. */
  record RawExample(String clauseNumber, String question, int line) {}

  /** A line of the block that is not "number: question". */
  record BadLine(int line) {}

  /**
   * @param text the policy with its comments blanked out
   * @param examples the example lines of the example-questions block
   * @param badLines lines of that block that could not be read
   */
  record Result(String text, List<RawExample> examples, List<BadLine> badLines) {}

  private Comments() {}

  /**
   * @param source the file name errors mention
   * @throws PolicyFormatException when a comment is never closed: what it was meant to hide is
   *     unknown, so the file is refused rather than quoted with HR's notes or cut short
   */
  static Result strip(String source, String text) throws PolicyFormatException {
    StringBuilder out = new StringBuilder(text.length());
    List<RawExample> examples = new ArrayList<>();
    List<BadLine> bad = new ArrayList<>();
    int i = 0;
    int line = 1;
    while (true) {
      int open = text.indexOf("<!--", i);
      int close = open < 0 ? -1 : text.indexOf("-->", open + 4);
      if (open >= 0 && close < 0) {
        throw new PolicyFormatException(
            source,
            line + breaks(text.substring(i, open)),
            "a comment opened with '<!--' is never closed with '-->'; close it or remove it");
      }
      if (open < 0) {
        out.append(text, i, text.length());
        return new Result(out.toString(), List.copyOf(examples), List.copyOf(bad));
      }
      out.append(text, i, open);
      line += breaks(text.substring(i, open));
      String body = text.substring(open + 4, close);
      if (BLOCK_TITLE.matcher(body).find()) {
        readExamples(body, line, examples, bad);
      }
      // The comment's line breaks stay, so every later line keeps its number.
      int inside = breaks(body);
      out.append(" ").append("\n".repeat(inside));
      line += inside;
      i = close + 3;
    }
  }

  private static void readExamples(
      String body, int firstLine, List<RawExample> examples, List<BadLine> bad) {
    String[] lines = body.split("\\r\\n|\\r|\\n", -1);
    for (int k = 0; k < lines.length; k++) {
      String line = lines[k].strip();
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

  /** Line breaks counted as the line classifier splits lines: CRLF, CR or LF. */
  private static int breaks(String s) {
    int n = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '\n' || c == '\r' && (k + 1 == s.length() || s.charAt(k + 1) != '\n')) {
        n++;
      }
    }
    return n;
  }
}
