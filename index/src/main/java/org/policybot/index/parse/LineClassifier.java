package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides what each source line is, from its own text alone; context is the assembler's job. */
final class LineClassifier {

  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");

  /**
   * A bullet that starts a line: Markdown's, Word's round, square and middle-dot bullets, its
   * second-level "o" and its Symbol-font ones ("§", U+F0B7, U+F0A7), and an en dash. An "o" is a
   * bullet only before a word in lower case ("o the door is left open"): no sentence starts so.
   */
  private static final Pattern BULLET =
      Pattern.compile(
          "^\\s*(?:[-*+\u2022\u25AA\u25CF\u00B7\u00A7\u2013\uF0B7\uF0A7]|o(?=\\s+\\p{Ll}))\\s+");

  /** Up to three levels of up-to-three-digit numbers; years and amounts do not qualify. */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "^(\\d{1,3}(?:\\.\\d{1,3}){0,3})(?:\\.|\\))?(?:\\s*[:\\-\u2013\u2014](?=\\s))?(?:\\s+|$)(.*)$");

  /**
   * "Clause 1.1 The Trust…", "Paragraph 4: Staff…": the word goes, the number stays. Not "Clause
   * 4.3. This…", a reference to another clause at the start of a wrapped line.
   */
  private static final Pattern CLAUSE_WORD =
      Pattern.compile(
          "^(?:Clause|CLAUSE|Paragraph|PARAGRAPH|Para\\.?)\\s+(\\d{1,3}(?:\\.\\d{1,3}){0,3})"
              + "(?:\\s*[:\\-\u2013\u2014]\\s+|\\s+(?=\\p{Lu}))");

  /** "Page 3 of 12", "Page 3", "3 of 12", "- 3 -": a page number left by a PDF export. */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)^(?:page\\s+\\d{1,4}(?:\\s+(?:of|/)\\s+\\d{1,4})?|\\d{1,4}\\s+of\\s+\\d{1,4}|[-\u2013]\\s*\\d{1,4}\\s*[-\u2013])$");

  /**
   * A running header or footer and its page number on one line, set apart by a run of spaces, a tab
   * or a separator: "Oakfield Academy Trust – Capability Policy Page 2 of 5", "Page 4 | Pay
   * Policy". A sentence that mentions a page ("the form on page 4.") is not one.
   */
  /** "Page 2", "page 2 of 5", "Page 2/5". */
  private static final String PAGE = "page\\s+\\d{1,4}(?:\\s+(?:of|/)\\s+\\d{1,4})?";

  /** What sets a page number apart from a header's words: spaces, a tab, a bar or a dash. */
  private static final String FOOTER_GAP = "(?:\\s{2,}|\\t+|\\s+[|\u2013\u2014-]\\s+)";

  private static final Pattern PAGE_WORD = Pattern.compile("(?i)\\bpage\\s+\\d");

  /** What a footer's words around its page number never are: a clause's number, a sentence. */
  private static final Pattern FOOTER_WORDS = Pattern.compile("^[\\p{Lu}\\d][^!?:;]*$");

  /**
   * A header or footer with its page number on one line. Short (a real one is under 200 characters,
   * and the pattern must not backtrack over a long line); its other words start with a capital or a
   * digit and end on no word a sentence goes on from ("Appendix B - page 12 - and return it to" is
   * a wrapped sentence); never a numbered clause ("4.2 … page 12 …").
   */
  static boolean isRunningFooter(String line) {
    if (line.length() > 200 || line.startsWith("|") || !PAGE_WORD.matcher(line).find()) {
      return false;
    }
    Matcher m = RUNNING_FOOTER.matcher(line);
    if (!m.matches() || NUMBERED.matcher(line).matches()) {
      return false;
    }
    String rest = PAGE_PART.matcher(line).replaceFirst(" ").strip();
    return rest.isEmpty()
        || FOOTER_WORDS.matcher(rest).matches() && !WrappedLines.endsMidPhrase(rest);
  }

  /** The page number and the separators around it, taken out to leave the header's words. */
  private static final Pattern PAGE_PART =
      Pattern.compile("(?i)" + FOOTER_GAP + "?" + PAGE + FOOTER_GAP + "?");

  private static final Pattern RUNNING_FOOTER =
      Pattern.compile(
          "(?i)^(?:[^!?:;]{0,99}[^.!?:;\\s]"
              + FOOTER_GAP
              + ")?"
              + PAGE
              + "(?:"
              + FOOTER_GAP
              + "[^!?:;]{0,99}[^.!?:;\\s])?$");

  private static final Pattern LETTERED =
      Pattern.compile("^(?:\\(([a-z])\\)|([a-z])[.)])\\s+(.*)$");
  private static final Pattern ROMAN =
      Pattern.compile("^\\(?((?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}))[.)]\\s+(.*)$");
  private static final Pattern LABELLED =
      Pattern.compile("^\\s*(?:\\*\\*|__)([^*_]{1,60}?)[:\\s]*(?:\\*\\*|__)\\s*:?\\s*(.*)$");

  /**
   * A paragraph number in bold, alone or before a run-in title: {@code **1.1** This code…}, {@code
   * **2.1 Entitlement.** Support staff…}. Not "**2.5 hours:** a week", nor "**10 days:** …".
   */
  private static final Pattern BOLD_NUMBER =
      Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3}){1,3}\\.?(?:\\s+\\p{Lu}.*)?$");

  /** An amount is written with one decimal point at most: 1.5, 0.25; never 1.5.2. */
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}\\.\\d{1,2}");

  /** A unit of an amount of time or work: the "Days" of "**1.5 Days** of leave…". */
  private static final Pattern UNIT =
      Pattern.compile(
          "(?:working\\s+|school\\s+|calendar\\s+)?"
              + "(?:days?|hours?|weeks?|months?|years?|minutes?|terms?|sessions?|periods?|times"
              + "|per\\s+cent|percent)(?:'s?)?",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether a bold start is a paragraph number, alone ("**1.1** This code…") or with a run-in title
   * ("**2.1 Entitlement.** Support staff…", "**4.2 Sick pay** is calculated…"). A bold amount
   * opening a sentence, "**1.5 Days** of leave may be carried over", reads the same; it is told by
   * a number with one decimal point, a unit, the sentence running on in lower case, and a number
   * that is not the next paragraph's: "**2.2 Hours** of work are 37 a week" after 2.1 is paragraph
   * 2.2, and so is "**2.3 Hours** Staff work…", whose text starts afresh.
   *
   * @param previous the number of the nearest numbered heading or paragraph above, or null when it
   *     is not known (then a bold number is always a paragraph's)
   */
  private static boolean isBoldParagraphNumber(String escapedBold, String after, String previous) {
    // Google Docs writes "**2\.1.**": the escaped point is a point.
    String bold = Escapes.restore(escapedBold);
    if (!BOLD_NUMBER.matcher(bold).matches()) {
      return false;
    }
    String[] numberAndTitle = bold.split("\\s+", 2);
    String title = numberAndTitle.length < 2 ? "" : numberAndTitle[1];
    String rest = Markup.strip(after).strip();
    boolean runsOn = !rest.isEmpty() && Character.isLowerCase(rest.charAt(0));
    boolean amount =
        previous != null
            && AMOUNT.matcher(numberAndTitle[0]).matches()
            && !ClauseNumbers.numbersOn(numberAndTitle[0], previous);
    return !(amount && runsOn && UNIT.matcher(title).matches());
  }

  /**
   * "Section 2: Scope", "Part 3 - Leave", "SECTION 4 Absence": the word goes, the number and title
   * stay. The word is capitalised and a separator or a capital follows the number, because a line
   * wrapped inside a sentence can start with "section 4 and provide…" or "Section 7 of the Act…".
   */
  private static final Pattern SECTION_WORD =
      Pattern.compile(
          "^(?:Section|SECTION|Part|PART|Chapter|CHAPTER|Article|ARTICLE)\\s+(\\d{1,3})"
              + "(?:\\s*[:.\\-\u2013\u2014]\\s+|\\s+(?=\\p{Lu}))");

  // Possessive: "\\s*\\|?\\s*" retried every split of a line of 100,000 spaces (26 s).
  private static final Pattern TABLE_RULE = Pattern.compile("^\\s*+\\|?\\s*+:?-{3,}.*$");

  private LineClassifier() {}

  /** Whether a line as written starts with a bullet ("- ", "• "). */
  static boolean startsWithBullet(String written) {
    return BULLET.matcher(written).lookingAt();
  }

  static List<Line> classify(String text) {
    return classify(text, null);
  }

  /**
   * @param numbers each line's number in the file, when lines were joined before (a comment removed
   *     from inside a sentence); null when the text's own line numbers are right
   */
  static List<Line> classify(String text, List<Integer> numbers) {
    String[] raw = text.split("\\r\\n|\\r|\\n", -1);
    List<Line> lines = new ArrayList<>(raw.length);
    boolean underHeader = false;
    String previous = null;
    for (int i = 0; i < raw.length; i++) {
      Line line = classify(numbers == null ? i + 1 : numbers.get(i), raw[i], previous);
      boolean pipeRow = raw[i].strip().startsWith("|");
      if (underHeader && pipeRow && !line.is(Line.Kind.TABLE) && !line.is(Line.Kind.BLANK)) {
        // Under a header row, "| 1.1 | Time moved from 8am … |" is a row of the table (a list of
        // changed clauses), not clause 1.1 laid out in a table.
        List<String> cells = row(raw[i]);
        List<String> words = cells.stream().filter(c -> !c.isEmpty()).toList();
        if (words.size() >= 2) {
          line = new Line(line.number(), Line.Kind.TABLE, "", String.join(" ", words), cells, 0);
        }
      }
      underHeader = pipeRow && (underHeader || isDelimiterRow(raw[i]));
      if (line.is(Line.Kind.TABLE) && i + 1 < raw.length && isDelimiterRow(raw[i + 1])) {
        line = line.asHeaderRow();
      }
      if (line.is(Line.Kind.TABLE) && isTabbedMarker(line, raw, i, lines)) {
        line = classify(line.number(), String.join(" ", line.cells()));
      }
      if ((line.is(Line.Kind.HEADING) || line.is(Line.Kind.NUMBERED))
          && ClauseNumbers.isBare(line.label())) {
        previous = ClauseNumbers.stripDot(line.label());
      } else if (pipeRow && previous != null) {
        // A row that numbers on ("| 2.2 | … |" after 2.1) may be a clause laid out in a table
        // (ClauseTables decides); a bold number after it numbers on from it.
        List<String> cells = rawRow(raw[i]); // "||" has none
        String first = cells.isEmpty() ? "" : Markup.normalizeSpace(Markup.strip(cells.get(0)));
        if (ClauseNumbers.isBare(first)
            && ClauseNumbers.numbersOn(ClauseNumbers.stripDot(first), previous)) {
          previous = ClauseNumbers.stripDot(first);
        }
      }
      lines.add(line);
    }
    return ClauseTables.read(lines, raw);
  }

  /**
   * Word's plain-text export puts a tab after every list number, so its headings come out as {@code
   * 2.<TAB>Risk Assessment} and its lettered items as {@code <TAB>a)<TAB>the activity changes;},
   * shaped like the rows of a two-column table. A short "2." row is a heading when the next line
   * starts its first paragraph, "2.1"; a lettered row is an item when it continues a lead-in ending
   * with ':' or the letters before it. A table's numbered rows ("1.<TAB>Line manager",
   * "2.<TAB>Headteacher") do neither.
   */
  private static boolean isTabbedMarker(Line line, String[] raw, int i, List<Line> before) {
    List<String> cells = line.cells();
    if (cells.size() != 2 || raw[i].strip().startsWith("|")) {
      return false;
    }
    Matcher section = TABBED_SECTION.matcher(cells.get(0));
    if (section.matches()) {
      String next = nextNonBlank(raw, i);
      return next.matches(Pattern.quote(section.group(1)) + "\\.1\\.?[\\t ].*");
    }
    Matcher item = TABBED_LETTER.matcher(cells.get(0));
    if (!item.matches()) {
      return false;
    }
    char letter = item.group(1).charAt(0);
    // The line before (a) is its lead-in; the line before (b) is (a), past any rows indented
    // deeper under it ("<TAB><TAB>i)<TAB>new equipment;") and the lines its words wrap onto
    // ("<TAB>b)<TAB>charities and community groups" / "<TAB><TAB>based locally;").
    int depth = leadingEmpty(line);
    for (int j = before.size() - 1; j >= 0; j--) {
      Line previous = before.get(j);
      if (previous.is(Line.Kind.BLANK)
          || letter != 'a' && previous.is(Line.Kind.TABLE) && leadingEmpty(previous) > depth
          || letter != 'a' && previous.is(Line.Kind.TEXT)) {
        continue;
      }
      return letter == 'a'
          ? previous.text().endsWith(":")
          : previous.is(Line.Kind.LETTERED)
              && previous.label().length() == 1
              && previous.label().charAt(0) == letter - 1;
    }
    return false;
  }

  /** How many tabs a tab-separated row starts with: how deeply it is indented. */
  private static int leadingEmpty(Line row) {
    int n = 0;
    while (n < row.row().size() && row.row().get(n).isEmpty()) {
      n++;
    }
    return n;
  }

  private static final Pattern TABBED_SECTION = Pattern.compile("(\\d{1,3})\\.?");
  private static final Pattern TABBED_LETTER = Pattern.compile("\\(?([a-z])[.)]");

  private static String nextNonBlank(String[] raw, int i) {
    for (int j = i + 1; j < raw.length; j++) {
      if (!raw[j].isBlank()) {
        return raw[j].strip();
      }
    }
    return "";
  }

  /** A Markdown table's {@code |---|:---:|} line, which says the row above is the header. */
  static boolean isDelimiterRow(String raw) {
    return raw.contains("|") && raw.contains("-") && TABLE_RULE.matcher(raw).matches();
  }

  /** A line on its own, where the numbers around it are not known. */
  static Line classify(int number, String raw) {
    return classify(number, raw, null);
  }

  /**
   * @param previous the number of the nearest numbered heading or paragraph above, or null
   */
  private static Line classify(int number, String raw, String previous) {
    if (raw.isBlank() || raw.contains("---") && TABLE_RULE.matcher(raw).matches()) {
      return new Line(number, Line.Kind.BLANK, "", "", List.of(), 0);
    }
    Matcher heading = HEADING.matcher(raw);
    if (heading.matches()) {
      String title = Markup.normalizeSpace(Markup.strip(heading.group(2)));
      if (title.isEmpty()) {
        return new Line(number, Line.Kind.BLANK, "", "", List.of(), 0);
      }
      // "## Section 1 – Scope" numbers its section; "## Part 1: Policy" groups sections numbered
      // from 1 again, so its number is not a clause's.
      String numbered =
          title.matches("(?i)^section\\s.*")
              ? SECTION_WORD.matcher(title).replaceFirst("$1 ")
              : title;
      Matcher n = NUMBERED.matcher(numbered);
      String label = n.matches() ? n.group(1) : "";
      String rest = n.matches() ? n.group(2).strip() : title;
      return new Line(number, Line.Kind.HEADING, label, rest, List.of(), heading.group(1).length());
    }
    Matcher labelled = LABELLED.matcher(raw);
    // "**Owner:** HR" is a label and its value; a line that is bold and nothing else
    // ("**1. Introduction**", "**WHISTLEBLOWING POLICY**") is a heading, classified below, and so
    // is a paragraph whose number is bold ("**1.1** This code…"): it is a clause.
    if (labelled.matches()
        && raw.indexOf('\t') < 0
        && !labelled.group(2).isBlank()
        && !isBoldParagraphNumber(labelled.group(1).strip(), labelled.group(2), previous)) {
      return new Line(
          number,
          Line.Kind.LABELLED,
          Markup.normalizeSpace(Markup.strip(labelled.group(1))),
          Markup.normalizeSpace(Markup.strip(labelled.group(2))),
          List.of(),
          0,
          Markup.normalizeSpace(Markup.strip(raw)));
    }
    // The cheap test first: the pattern backtracks over a line's first 100 characters.
    if (isRunningFooter(raw.strip())) {
      return new Line(
          number, Line.Kind.PAGE, "", Markup.normalizeSpace(raw), List.of(), 0); // before rows
    }
    List<String> row = row(raw);
    List<String> cells = row.stream().filter(c -> !c.isEmpty()).toList();
    if (cells.size() >= 2 && !isNumberedParagraphInTable(cells, raw)) {
      return new Line(number, Line.Kind.TABLE, "", String.join(" ", cells), row, 0);
    }
    String cleaned = Markup.normalizeSpace(Markup.strip(raw));
    if (cleaned.isEmpty()) {
      return new Line(number, Line.Kind.BLANK, "", "", List.of(), 0);
    }
    if (PAGE_NUMBER.matcher(cleaned).matches()) {
      return new Line(number, Line.Kind.PAGE, "", cleaned, List.of(), 0);
    }
    // "\* Dates may vary…": a character escaped at the start of a line makes it no bullet.
    boolean escaped = Escapes.startsEscaped(raw);
    String body = escaped ? cleaned : BULLET.matcher(cleaned).replaceFirst("");
    String written = body;
    body = SECTION_WORD.matcher(body).replaceFirst("$1 ");
    body = CLAUSE_WORD.matcher(body).replaceFirst("$1 ");
    Matcher n = NUMBERED.matcher(body);
    if (n.matches() && (!n.group(2).isEmpty() || ClauseNumbers.isBare(body))) {
      return new Line(
          number, Line.Kind.NUMBERED, n.group(1), n.group(2).strip(), List.of(), 0, written);
    }
    Matcher r = ROMAN.matcher(body);
    Matcher l = LETTERED.matcher(body);
    if (r.matches() && r.group(1).length() > 1) {
      return new Line(number, Line.Kind.ROMAN, r.group(1), r.group(2).strip(), List.of(), 0);
    }
    if (l.matches()) {
      String letter = l.group(1) != null ? l.group(1) : l.group(2);
      return new Line(
          number, Line.Kind.LETTERED, letter, l.group(3).strip(), List.of(), 0, written);
    }
    // As written, the escaped character keeps its backslash, so the assembler takes no bullet
    // from it either.
    return new Line(
        number, Line.Kind.TEXT, "", body, List.of(), 0, escaped ? "\\" + cleaned : cleaned);
  }

  /**
   * Cells of a tab- or pipe-separated row in their columns, empty ones included (but not those
   * after the last cell with words); the line itself as one cell for other lines.
   */
  static List<String> row(String raw) {
    if (!isRow(raw)) {
      return List.of(raw); // most lines; cleaned later, when read as what they are
    }
    List<String> out = new ArrayList<>();
    for (String p : rawRow(raw)) {
      out.add(Markup.normalizeSpace(Markup.strip(p)));
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** A row's cells as written, markup and escapes kept; the line itself when it is no row. */
  static List<String> rawRow(String raw) {
    if (!isRow(raw)) {
      return List.of(raw);
    }
    String trimmed = raw.strip();
    return isPipeRow(trimmed)
        ? List.of(trimmed.substring(1).split("\\|"))
        : List.of(raw.split("\t"));
  }

  /** A Markdown pipe row ({@code | a | b |}) or a tab-separated one. */
  private static boolean isRow(String raw) {
    return isPipeRow(raw.strip()) || raw.indexOf('\t') >= 0;
  }

  private static boolean isPipeRow(String trimmed) {
    return trimmed.startsWith("|") && trimmed.indexOf('|', 1) > 0;
  }

  /**
   * {@code 1.1<TAB>Staff must...}: a numbered paragraph laid out with a tab, not a table. Word's
   * plain-text export puts a tab after every number, so a paragraph number ("1.1", "2.3.") before a
   * tab is a paragraph however short its text; "1." or "a)" only before a sentence-length text,
   * because Word exports a table's numbered rows ("1.<TAB>Line manager") the same way.
   */
  private static boolean isNumberedParagraphInTable(List<String> cells, String raw) {
    if (cells.size() != 2) {
      return false;
    }
    boolean tabbed = !raw.strip().startsWith("|");
    if (tabbed && cells.get(0).matches("\\d{1,3}(\\.\\d{1,3}){1,3}\\.?")) {
      return true;
    }
    return cells.get(0).matches("\\d{1,3}(\\.\\d{1,3}){0,3}\\.?|\\(?[a-z][.)]")
        && cells.get(1).length() > 40
        && cells.get(1).split(" ").length > 6;
  }
}
