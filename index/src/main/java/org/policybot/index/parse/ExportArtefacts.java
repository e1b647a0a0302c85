package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what Word-to-Markdown converters (pandoc, mammoth, Writage) add to a policy, before its
 * lines are classified, so their output reads as the Markdown HR write by hand: backslash escapes
 * ({@link Escapes}) and hard line breaks ({@code \} at a line's end), an indented paragraph written
 * as a blockquote ({@code > 3.4 …}), attributes ({@code {#introduction}}, {@code {width="2in"}}),
 * spans ({@code [never]{.underline}}), superscripts and subscripts ({@code 1^st^}, {@code H~2~O}),
 * struck text ({@code ~~…~~}), footnote marks ({@code [^1]}) and footnotes ({@code [^1]: …}). Every
 * line keeps its place, so line numbers still point into the file.
 *
 * <p>Only markup goes; the words stay. Struck words stay too: in a Word policy they are usually a
 * deletion tracked and not yet accepted, but dropping them could lose policy, so they are noted for
 * {@code policybot check}. A footnote's words are kept out of every clause, as they would otherwise
 * read as the end of whichever clause came last, and noted likewise.
 */
final class ExportArtefacts {

  /**
   * Words struck through.
   *
   * @param line the line in the file they start on
   * @param text the words as read, markup removed
   */
  record Struck(int line, String text) {}

  /**
   * What {@link #clean} makes of a policy's text.
   *
   * @param text the policy's text with the artefacts undone, line for line
   * @param footnoteLines the line in the file each footnote starts on
   * @param struck the struck words, in document order
   */
  record Result(String text, List<Integer> footnoteLines, List<Struck> struck) {
    Result {
      footnoteLines = List.copyOf(footnoteLines);
      struck = List.copyOf(struck);
    }
  }

  /**
   * "> ", "> > ", or ">" alone: pandoc's blockquote markers. Unlike CommonMark, ">5 days" keeps its
   * sign, as pandoc always writes a space after the marker and HR may mean "more than".
   */
  private static final Pattern BLOCKQUOTE = Pattern.compile("^[ ]{0,3}(?:>(?=[ \t>]|$)[ \t]?)+");

  /** A backslash ending a line: a hard line break; an escaped one is a stand-in by now. */
  private static final Pattern HARD_BREAK = Pattern.compile("\\\\[ \t]*$");

  /** Characters every mark undone here has one of; a paragraph without them is left alone. */
  private static final Pattern MARKS = Pattern.compile("[\\[\\]{}~^]");

  private static final Pattern FOOTNOTE = Pattern.compile("^[ ]{0,3}\\[\\^[^\\]\\s]+\\]:");

  private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^[^\\]\\s]+\\]");

  /** A line that carries a footnote on after a blank line: indented as a code block would be. */
  private static final Pattern INDENTED = Pattern.compile("^(?: {4}|\t)");

  /** One pandoc attribute: {@code #id}, {@code .class}, {@code key="value"}, {@code -}. */
  private static final String ATTRIBUTE =
      "(?:[#.][A-Za-z_][\\w:.-]*|[A-Za-z_][\\w:.-]*=(?:\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s\"'{}]+)"
          + "|-|=[A-Za-z]+)";

  private static final String ATTRIBUTES =
      "\\{[ \\t]*" + ATTRIBUTE + "(?:[ \\t]+" + ATTRIBUTE + ")*[ \\t]*\\}";

  /** Attributes ending a heading: {@code ## 1. Introduction {#introduction}}. */
  private static final Pattern TRAILING_ATTRIBUTES =
      Pattern.compile("[ \\t]+" + ATTRIBUTES + "\\s*$");

  /** A span, {@code [words]{.underline}}, or an empty anchor, {@code []{#_Toc123 .anchor}}. */
  private static final Pattern SPAN = Pattern.compile("\\[([^\\[\\]]*)\\]" + ATTRIBUTES);

  /**
   * Attributes of a link or an image: {@code ![](media/image1.png){width="2in"}}. Not after code,
   * whose opening backtick cannot be told from its closing one here, and Word has no code.
   */
  private static final Pattern ATTACHED_ATTRIBUTES = Pattern.compile("(?<=\\))" + ATTRIBUTES);

  /** No "~~" inside, so a "~~" that never closes costs a scan to the next one, not to the end. */
  private static final Pattern STRUCK = Pattern.compile("(?s)~~(?=\\S)((?:(?!~~).)+?)(?<=\\S)~~");

  /** How many lines a link's text may run over, counting the line its URL is on. */
  private static final int LINK_LINES = 3;

  /**
   * {@code 1^st^}, {@code H~2~O}: no spaces inside, as pandoc writes them; not after "/" or ":",
   * where a tilde is part of a web address.
   */
  private static final Pattern SUPERSCRIPT = Pattern.compile("(?<![/:])\\^([^\\s^]+)\\^");

  private static final Pattern SUBSCRIPT = Pattern.compile("(?<![~/:])~([^\\s~]+)~(?!~)");

  private ExportArtefacts() {}

  /**
   * The text with every artefact undone, and the footnotes and struck words it held.
   *
   * @param text the policy, comments removed
   * @param lineNumbers each line's number in the file
   */
  static Result clean(String text, List<Integer> lineNumbers) {
    String[] lines = text.split("\\r\\n|\\r|\\n", -1);
    List<Integer> footnotes = new ArrayList<>();
    boolean inFootnote = false;
    boolean blankBefore = false;
    for (int i = 0; i < lines.length; i++) {
      String line = Escapes.protect(lines[i]);
      if (line.indexOf('>') >= 0) {
        line = BLOCKQUOTE.matcher(line).replaceFirst("");
      }
      if (line.indexOf('\\') >= 0) {
        line = HARD_BREAK.matcher(line).replaceFirst("");
      }
      boolean blank = line.isBlank();
      if (line.contains("[^") && FOOTNOTE.matcher(line).lookingAt()) {
        footnotes.add(lineNumbers.get(i));
        inFootnote = true;
        line = "";
      } else if (inFootnote && !blank) {
        // A footnote goes on over the lines straight after it and, past a blank line, over
        // indented ones, as pandoc writes a long or multi-paragraph footnote.
        inFootnote = !blankBefore || INDENTED.matcher(line).lookingAt();
        line = inFootnote ? "" : line;
      }
      blankBefore = blank;
      lines[i] = line.indexOf('{') < 0 ? line : TRAILING_ATTRIBUTES.matcher(line).replaceFirst("");
    }
    List<Struck> struck = new ArrayList<>();
    int start = 0;
    while (start < lines.length) {
      int end = start;
      while (end < lines.length && !lines[end].isBlank()) {
        end++;
      }
      if (end > start) {
        paragraph(lines, start, end, lineNumbers, struck);
      }
      start = end + 1;
    }
    return new Result(String.join("\n", lines), footnotes, struck);
  }

  /**
   * Undoes the inline artefacts of the paragraph in lines {@code [start, end)}, as one text: pandoc
   * wraps lines at 72 characters, so a span or a link often starts on one line and ends on the
   * next. Only markup is removed, never a line break, so each line stays in its place.
   */
  private static void paragraph(
      String[] lines, int start, int end, List<Integer> lineNumbers, List<Struck> struck) {
    String p = String.join("\n", Arrays.asList(lines).subList(start, end));
    // Most paragraphs hold none of these marks; a plain-text export can be one 5 MB paragraph.
    if (!MARKS.matcher(p).find()) {
      return;
    }
    String before = p;
    if (p.contains("[^")) {
      p = FOOTNOTE_MARK.matcher(p).replaceAll("");
    }
    for (String last = null; p.contains("]{") && !p.equals(last); ) {
      last = p;
      p = SPAN.matcher(p).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
    if (p.contains("){")) {
      p = ATTACHED_ATTRIBUTES.matcher(p).replaceAll("");
    }
    p = wrappedLinks(p);
    if (p.indexOf('^') >= 0) {
      p = SUPERSCRIPT.matcher(p).replaceAll("$1");
    }
    if (p.indexOf('~') >= 0) {
      p = SUBSCRIPT.matcher(p).replaceAll("$1");
    }
    if (p.contains("~~")) {
      p = struck(p, start, lineNumbers, struck);
    }
    if (!p.equals(before)) {
      System.arraycopy(p.split("\n", -1), 0, lines, start, end - start);
    }
  }

  /** The paragraph with its struck words kept and their tildes gone; notes each passage. */
  private static String struck(
      String paragraph, int start, List<Integer> lineNumbers, List<Struck> struck) {
    Matcher m = STRUCK.matcher(paragraph);
    StringBuilder out = new StringBuilder();
    int line = start;
    int counted = 0;
    while (m.find()) {
      line += breaks(paragraph.substring(counted, m.start()));
      counted = m.start();
      String words = Markup.normalizeSpace(Markup.strip(m.group(1)));
      if (!words.isEmpty()) {
        struck.add(new Struck(lineNumbers.get(line), words));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)));
    }
    return m.appendTail(out).toString();
  }

  /**
   * The paragraph with each link whose text starts on an earlier line ({@code [Grievance} / {@code
   * Policy](https://…)}) replaced by its text; {@link Markup#strip} reads the links on one line.
   */
  private static String wrappedLinks(String paragraph) {
    if (paragraph.indexOf('\n') < 0 || !paragraph.contains("](")) {
      return paragraph;
    }
    String[] lines = paragraph.split("\n", -1);
    for (int j = 1; j < lines.length; j++) {
      int at = lines[j].indexOf("](");
      if (at < 0 || lines[j].lastIndexOf('[', at) >= 0) {
        continue; // no link here, or one whose text starts on this line
      }
      int from = Math.max(0, j - LINK_LINES + 1);
      String window = String.join("\n", Arrays.asList(lines).subList(from, j + 1));
      String linked = InlineLinks.toText(window);
      // A link's destination holds no line break, but one InlineLinks reads leniently might.
      if (breaks(linked) == j - from) {
        System.arraycopy(linked.split("\n", -1), 0, lines, from, j - from + 1);
      }
    }
    return String.join("\n", lines);
  }

  private static int breaks(String s) {
    return (int) s.chars().filter(c -> c == '\n').count();
  }
}
