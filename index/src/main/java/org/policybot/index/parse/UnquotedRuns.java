package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.index.UnquotedText;

/**
 * Collects the text the assembler keeps out of every clause as runs: lines kept out one after the
 * other, blank lines aside, are one run, so HR gets one warning for a paragraph or a table, not one
 * for each of its lines. Any other line (a heading, a clause, metadata read as such) ends the run.
 */
final class UnquotedRuns {

  /** A run, and whether every line of it so far held nothing staff could ask about. */
  private static final class Run {
    final UnquotedText text;
    boolean noPolicy;

    Run(UnquotedText text, boolean noPolicy) {
      this.text = text;
      this.noPolicy = noPolicy;
    }
  }

  private final List<Run> runs = new ArrayList<>();

  /** Whether the last line that was not blank was kept out, so this one carries its run on. */
  private boolean inRun;

  private boolean keptOut;

  /**
   * Notes that this line belongs to no clause. A run of lines that hold nothing staff could ask
   * about, a metadata block below the body or a blank form, is no loss and is not reported.
   */
  void keepOut(Line line, UnquotedText.Place place, String sectionId, String heading) {
    boolean noPolicy = holdsNoPolicy(line);
    if (inRun || keptOut) {
      Run last = runs.get(runs.size() - 1);
      last.noPolicy &= noPolicy;
    } else {
      runs.add(new Run(new UnquotedText(line.number(), place, sectionId, heading), noPolicy));
    }
    keptOut = true;
  }

  /** Called after every line that is not blank, once the assembler has dealt with it. */
  void lineDone() {
    inRun = keptOut;
    keptOut = false;
  }

  List<UnquotedText> runs() {
    return runs.stream().filter(r -> !r.noPolicy).map(r -> r.text).toList();
  }

  /**
   * A line no staff question could be answered from: a metadata label and its value ("Review date:
   * July 2027") or a blank of a form ("Name: ........", "Outcome sought:").
   */
  private static boolean holdsNoPolicy(Line line) {
    return MetadataReader.isLabel(metadataLabel(line))
        || FORM_BLANK.matcher(line.text()).find()
        || line.is(Line.Kind.TEXT) && line.text().endsWith(":");
  }

  private static final Pattern FORM_BLANK = Pattern.compile("\\.{4,}|_{4,}|\u2026{2,}");

  /** The label of a "label: value" line or two-cell row, or empty. */
  private static String metadataLabel(Line line) {
    return switch (line.kind()) {
      case LABELLED -> line.label();
      case TABLE -> line.cells().size() == 2 ? line.cells().get(0) : "";
      case TEXT -> {
        Matcher m = ClauseAssembler.TEXT_LABEL.matcher(line.text());
        yield m.matches() ? m.group(1) : "";
      }
      default -> "";
    };
  }

  /**
   * Whether a paragraph reads as sentences, not as an entry of a contents list or a row of a
   * version table: six words or more, not starting with a number, ending a sentence.
   */
  static boolean isSentences(String paragraph) {
    String text = paragraph.strip();
    String[] words = text.split("\\s+");
    return words.length >= 6
        && !words[0].matches(".*\\d.*")
        && ClauseAssembler.FINISHED.matcher(text).find()
        && !Headings.hasDotLeaders(text);
  }
}
