package org.policybot.index.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word's multi-level numbered paragraphs as pandoc writes them: each level a Markdown list nested
 * in the one above, numbered from 1 again, so "2.3" is written as the third item of a list inside
 * item 2, and "2.3(a)" as an "a." item inside that:
 *
 * <pre>
 * 2.  **Reporting absence**
 *
 *     1.  If you cannot attend work you must telephone…
 *
 *     3.  When you call you should give:
 *
 *         a.  the reason for the absence;
 * </pre>
 *
 * Read as written, every section's paragraphs were 1, 2, 3 and the file was refused for repeating
 * them. Here each item gets the number Word shows ("## 2. Reporting absence", "2.3 When you call…",
 * "(a) the reason…"), line for line, so line numbers stay true. A document that already numbers its
 * paragraphs "1.1" is left alone: its lists are lists inside clauses.
 */
final class NestedLists {

  /** A list item: indent, marker ("3", "a", "iv"), the marker's closing mark, text. */
  private static final Pattern ITEM =
      Pattern.compile("^( *)(\\d{1,3}|[a-z]|[ivx]{1,5})([.)]) {1,4}(\\S.*)$");

  /**
   * A paragraph or heading numbered in its text ("1.1 This policy…", "### 1.1 Who to call", "## 2.
   * Scope"): the document numbers its own clauses. A number before a capital, so a wrapped "1.5
   * days of leave" and a table's "1.1<TAB>Mar 2024" do not count.
   */
  private static final Pattern OWN_NUMBERS =
      Pattern.compile(
          "^(?: {0,3}(?:\\*\\*)?\\d{1,3}(?:\\.\\d{1,3})+\\.?(?:\\*\\*)? +\\p{Lu}"
              + "|#{1,6} +\\d{1,3}(?:\\.\\d{1,3})*[.)]? )");

  private static final Pattern BOLD = Pattern.compile("^\\*\\*(.+?)\\*\\*:?$");

  private NestedLists() {}

  /** One open list level: where its items' markers start, and the number its item carries. */
  private record Level(int indent, String number, boolean lettered) {}

  /**
   * The text with nested numbered lists written as numbered paragraphs, or the text itself when it
   * has none or numbers its paragraphs already.
   */
  static String number(String text) {
    String[] lines = text.split("\\r\\n|\\r|\\n", -1);
    if (!hasNestedNumbers(lines)) {
      return text;
    }
    Deque<Level> open = new ArrayDeque<>();
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
      }
      Matcher m = fenced ? null : ITEM.matcher(line);
      if (m == null || !m.matches()) {
        if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
          open.clear(); // text at the margin ends every list
        } else if (!open.isEmpty()) {
          lines[i] = line.strip(); // a wrapped line of an item, not a code block
        }
        continue;
      }
      int indent = m.group(1).length();
      while (!open.isEmpty() && open.peek().indent() >= indent) {
        open.pop();
      }
      String marker = m.group(2);
      String body = m.group(4);
      boolean decimal = Character.isDigit(marker.charAt(0));
      if (open.isEmpty() && !decimal) {
        continue; // a lettered list at the margin is the document's own
      }
      if (open.isEmpty()) {
        lines[i] =
            hasNumberedChild(lines, i, indent)
                ? "## " + marker + ". " + title(lines, i, body)
                : marker + ". " + body;
        open.push(new Level(indent, marker, false));
      } else if (decimal && !open.peek().lettered()) {
        String number = open.peek().number() + "." + marker;
        lines[i] = number + " " + body;
        open.push(new Level(indent, number, false));
      } else {
        lines[i] = "(" + marker + ") " + body;
        open.push(new Level(indent, open.peek().number(), true));
      }
    }
    return String.join("\n", lines);
  }

  /**
   * A section's title: the item's words and the lines pandoc wrapped them onto (it wraps at 72
   * columns), which are blanked so every line keeps its number; without the bold.
   */
  private static String title(String[] lines, int i, String body) {
    StringBuilder title = new StringBuilder(body.strip());
    for (int j = i + 1; j < lines.length && !lines[j].isBlank(); j++) {
      if (ITEM.matcher(lines[j]).matches()) {
        break;
      }
      title.append(' ').append(lines[j].strip());
      lines[j] = "";
    }
    Matcher bold = BOLD.matcher(title.toString());
    return bold.matches() ? bold.group(1) : title.toString();
  }

  /**
   * Whether the text is Word's numbering as pandoc writes it: no number of its own in a paragraph
   * or heading, and numbered lists at the margin whose items are section titles, each over a
   * numbered list of its own. Either every such item is a bold title ("2. **Reporting absence**"),
   * or at least half the items at the margin have numbered items under them. A hand-written list of
   * rules with one list of steps inside ("2. To claim you must:" over "1. fill in the form;") has
   * neither, and is left as written.
   */
  private static boolean hasNestedNumbers(String[] lines) {
    int items = 0;
    int parents = 0;
    boolean boldParents = true;
    for (int i = 0; i < lines.length; i++) {
      if (OWN_NUMBERS.matcher(lines[i]).lookingAt()) {
        return false;
      }
      Matcher m = ITEM.matcher(lines[i]);
      if (m.matches() && m.group(1).isEmpty() && Character.isDigit(m.group(2).charAt(0))) {
        items++;
        if (hasNumberedChild(lines, i, 0)) {
          parents++;
          boldParents &= m.group(4).strip().startsWith("**");
        }
      }
    }
    return parents > 0 && (boldParents || 2 * parents >= items);
  }

  /**
   * Whether a decimal item indented deeper than the item at line i follows before its list ends.
   */
  private static boolean hasNumberedChild(String[] lines, int i, int indent) {
    for (int j = i + 1; j < lines.length; j++) {
      String line = lines[j];
      if (line.isBlank()) {
        continue;
      }
      int lead = line.length() - line.stripLeading().length();
      if (lead <= indent) {
        return false;
      }
      Matcher m = ITEM.matcher(line);
      if (m.matches() && Character.isDigit(m.group(2).charAt(0))) {
        return true;
      }
    }
    return false;
  }
}
