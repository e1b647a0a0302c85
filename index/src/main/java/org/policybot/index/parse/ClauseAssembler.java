package org.policybot.index.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.index.Clause;
import org.policybot.index.ExampleQuestions;
import org.policybot.index.HeadingInClause;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.Section;
import org.policybot.index.UnquotedText.Place;
import org.policybot.index.parse.Line.Kind;

/**
 * Walks classified lines and builds sections and clauses. It understands both common shapes:
 * numbered Markdown headings with lettered items ({@code ### 4.6 ...} then {@code - c. ...}), and
 * numbered headings with numbered paragraphs ({@code 1. Purpose} then {@code 1.1 ...} and {@code
 * (a)} items). Contents lists and document-control tables never become clauses. Text that belongs
 * to no clause is never given a number here; it is noted, in runs, for {@code policybot check}.
 */
final class ClauseAssembler {

  /** A sentence's end, not a lead-in's: "." "!" or "?", before any closing quote or bracket. */
  static final Pattern FINISHED = Pattern.compile("[.!?][\"'\u2019\u201D)]*$");

  /** The end of a sentence or of a list's lead-in, before any closing quote or bracket. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.:;!?][\"'\u2019\u201D)\\]]*\\s*$");

  /**
   * The first line of a signature block: "Signed: ........", "Signature: ____", "Signed: Mrs J.
   * Patel", "Signed by the Chair of Governors:". Not "Signed by both parties, …" (no colon), nor
   * "Signature: no claim is paid without one." (a sentence after the colon).
   */
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "(?:Signed|Signature)(?: by [^:]{1,40})?\\s*(?::[ \\t]*+(?:[._\u2026 \\t]*+|\\p{Lu}[\\w.' -]{0,40}+)"
              + "|[._\u2026]{3,}+[ \\t]*+)");

  static final Pattern TEXT_LABEL = Pattern.compile("^([A-Z][A-Za-z /&'()-]{1,40}):\\s+(.+)$");

  private enum Mode {
    PREAMBLE,
    BODY,
    CONTENTS,
    DOCUMENT_CONTROL,
    /** Appendices (forms, templates, flowcharts) restart their own numbering; not clauses. */
    APPENDIX
  }

  private final String policyId;
  private final String source;
  private final List<Line> lines;
  private final NumberedHeadings numberedHeadings;
  private final MetadataReader metadata = new MetadataReader();
  private final DocumentControl documentControl = new DocumentControl(metadata);
  private final SubParagraphs subParagraphs;
  private final StageSteps stageSteps;
  private final List<Section> sections = new ArrayList<>();
  private final List<HeadingInClause> headingsInClauses = new ArrayList<>();
  private final List<ClauseDraft> drafts = new ArrayList<>();
  private final ClauseProblems problems;
  private final Map<String, Integer> clauseLines = new HashMap<>();
  private final Set<String> contentsLabels = new HashSet<>();

  private final UnquotedRuns unquoted = new UnquotedRuns();

  /** Numbered lines that read as headings but got no content; they may be short clauses. */
  private final Map<String, Line> bareHeadings = new HashMap<>();

  private Mode mode = Mode.PREAMBLE;
  private String title = "";

  /** The heading level the title came from; plain-text titles count as the highest. */
  private int titleLevel = 1;

  /** The line index of the heading the title came from, or -2. */
  private int titleHeading = -2;

  private String sectionId = "";
  private String sectionTitle = "";
  private ClauseDraft paragraph;

  private ClauseDraft open;
  private char lastLetter;

  /** The unnumbered heading inside the numbered section that the lines now read sit under. */
  private String subHeading = "";

  /** The Markdown level of the heading that opened the numbered section; 0 for a plain line. */
  private int sectionHeadingLevel;

  private final SubHeadings subHeadings = new SubHeadings();

  /** The "1)" or "1." list inside the open clause, whose numbers are not clause numbers. */
  private final LeadInList leadInList = new LeadInList();

  private boolean blankBefore;

  /** The heading of the contents list or version table being skipped, for check's wording. */
  private String skipHeading = "";

  /** The last line of a paragraph of prose that a contents list or version table takes in. */
  private int proseUntil = -1;

  private String appendixTitle = "";

  /** Whether the lines being read are a signature block, which ends at a blank line. */
  private boolean inSignature;

  /** Whether the document-control block being skipped is a table among the clauses. */
  private boolean skippingTable;

  ClauseAssembler(String policyId, String source, List<Line> lines) {
    this.policyId = policyId;
    this.source = source;
    this.problems = new ClauseProblems(source);
    this.lines = PageFurniture.remove(lines);
    this.numberedHeadings = new NumberedHeadings(this.lines);
    this.subParagraphs = new SubParagraphs(this.lines);
    this.stageSteps = new StageSteps(this.lines);
  }

  /** The index of the last non-blank line before this one, or -1. */
  private int previousContent(int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (!lines.get(i).is(Kind.BLANK)) {
        return i;
      }
    }
    return -1;
  }

  Policy assemble() throws PolicyFormatException {
    for (int i = 0; i < lines.size(); i++) {
      accept(lines.get(i), i);
    }
    return build();
  }

  private void accept(Line line, int index) {
    if (line.is(Kind.BLANK)) {
      blankBefore = true;
      inSignature = false;
      return;
    }
    inSignature &= line.is(Kind.TEXT) || line.is(Kind.LABELLED); // a number or heading ends it
    documentControl.lineSeen(line);
    try {
      classify(line, index);
    } finally {
      blankBefore = false;
      unquoted.lineDone();
    }
  }

  private void classify(Line line, int index) {
    if (startsAppendix(line, index)) {
      mode = Mode.APPENDIX;
      appendixTitle = Headings.display(line.text());
      return;
    }
    if (mode == Mode.APPENDIX) {
      // Left out on purpose, but staff may still expect answers from it: check says so, once for
      // each appendix.
      unquoted.keepOut(line, Place.IN_APPENDIX, "", appendixTitle);
      return;
    }
    if (mode == Mode.DOCUMENT_CONTROL && skippingTable && !DocumentControl.isTableLine(line)) {
      // A document-control table among the clauses ends with the table: what follows is policy.
      mode = Mode.BODY;
      skippingTable = false;
    }
    if (mode == Mode.DOCUMENT_CONTROL && stillDocumentControl(line)) {
      documentControl.read(line);
      proseInList(line, index);
      return;
    }
    if (mode == Mode.CONTENTS && stillContents(line)) {
      proseInList(line, index);
      return;
    }
    if (mode == Mode.BODY && DocumentControl.isBlockRow(line)) {
      // "| Document control | |" over "| Version | 1.1 |" at the end of the policy: about the
      // document, not the last clause's words. (In the front matter such rows are read already.)
      enterSkip(DocumentControl.cellWords(line.text()));
      skippingTable = true;
      return;
    }
    if (mode == Mode.CONTENTS || mode == Mode.DOCUMENT_CONTROL) {
      mode = sections.isEmpty() && drafts.isEmpty() ? Mode.PREAMBLE : Mode.BODY;
    }
    boolean listItem = leadInList.takes(lines, index, open);
    if (listItem || carriesOnSentence(line, index)) {
      line = new Line(line.number(), Kind.TEXT, "", line.written(), List.of(), 0);
    }
    switch (line.kind()) {
      case HEADING -> heading(line, index);
      case NUMBERED -> numbered(line, index);
      case LETTERED -> lettered(line);
      case ROMAN -> roman(line);
      case TABLE -> table(line);
      case LABELLED -> labelled(line);
      case TEXT -> text(line, index, listItem);
      case BLANK -> {}
    }
  }

  /**
   * A number that starts a line wrapped inside a sentence ("Staff must give at least" / "10 working
   * days' notice"), or an item of a list inside a paragraph ("reasons:" / "1) the cost;"): no blank
   * line before, a lower-case word after the number, and either the line before does not end a
   * sentence or the number cannot be the next clause ("2 weeks' notice…" inside 4.2). Read as a new
   * clause, it would cut the quote short or collide with the real clause of that number.
   */
  private boolean carriesOnSentence(Line line, int index) {
    if (line.is(Kind.LETTERED)) {
      return wrapsBeforeLetter(line, index);
    }
    if (!line.is(Kind.NUMBERED) || open == null || blankBefore || index == 0) {
      return false;
    }
    Line before = lines.get(index - 1);
    boolean inClause =
        before.is(Kind.TEXT)
            || before.is(Kind.NUMBERED)
            || before.is(Kind.LETTERED)
            || before.is(Kind.ROMAN);
    // "5.2.2 reject the grievance; or" / "5.2.3 refer it back": the very next paragraph number is a
    // clause, however its line starts and the last one ends; "at least" / "2.5 hours" after 2.1 is
    // a wrapped sentence.
    if (ClauseNumbers.stripDot(line.label()).contains(".")
        && ClauseNumbers.comesRightAfter(line.label(), open.id)) {
      return false;
    }
    boolean next = ClauseNumbers.couldFollow(line.label(), open.id);
    boolean ended = SENTENCE_END.matcher(before.text()).find();
    if (inClause && line.text().isEmpty() && !ended && index + 1 < lines.size()) {
      // "…in any month is" / "10" / "hours unless…": a figure of the sentence, not clause 10.
      Line after = lines.get(index + 1);
      return after.is(Kind.TEXT)
          && !after.text().isEmpty()
          && Character.isLowerCase(after.text().codePointAt(0));
    }
    if (!inClause || line.text().isEmpty()) {
      return false;
    }
    if (Character.isLowerCase(line.text().codePointAt(0))) {
      return !ended || !next;
    }
    // A capital after the number: "by" / "31 March in the year…", "agreed with the" / "2 Trade
    // Unions…", "Staff at the" / "3 Academies…". A date's day, a line cut after a word no sentence
    // ends on, or a number without a full stop that cannot come next: the sentence goes on.
    boolean bareNumber = line.label().equals(ClauseNumbers.stripDot(line.label()));
    return !ended
        && (WrappedLines.startsWithMonth(line.text())
            || WrappedLines.endsMidPhrase(before.text())
            || !next && bareNumber);
  }

  /**
   * A reference to an item wrapped onto the start of a line ("…the trigger points in 5.1(a) or" /
   * "(b) above, but may be discussed…"): not the paragraph's next item, right after a line cut
   * where no sentence or item ends. Read as item (b), it became a clause 5.2(b) of its own and cut
   * 5.2 at "or".
   */
  private boolean wrapsBeforeLetter(Line line, int index) {
    if (open == null || blankBefore || index == 0) {
      return false;
    }
    char letter = line.label().charAt(0);
    if (letter == 'a' || letter == lastLetter + 1 || isRomanNumeral(letter)) {
      return false; // "6.1 The panel will consist of" / "(a) a governor;" starts its list
    }
    Line before = lines.get(index - 1);
    return (before.is(Kind.TEXT) || before.is(Kind.NUMBERED) || before.is(Kind.LETTERED))
        && WrappedLines.endsMidPhrase(before.text());
  }

  private void heading(Line line, int index) {
    String text = line.text();
    if (line.label().isEmpty() && (Headings.isContents(text) || Headings.isDocumentControl(text))) {
      enterSkip(text);
      return;
    }
    boolean beforeBody = line.label().isEmpty() && sections.isEmpty() && drafts.isEmpty();
    // "# Northgate Academies Trust" then "# Staff Code of Conduct": the document kind wins, but
    // only from a heading as high as the title's ("## Statement of intent" is a section).
    // Word's export puts the trust's name in "#" and the title right under it in "##": a heading
    // straight after a title heading that names an organisation, and naming a document kind,
    // replaces it too ("## Statement of intent" under "# Attendance and Absence" does not).
    boolean underName =
        previousContent(index) == titleHeading
            && ORGANISATION.matcher(title).find()
            && !DOCUMENT_KIND.matcher(text).lookingAt(); // "## Policy statement" is a section
    boolean replaces =
        !title.isEmpty() && (line.headingLevel() <= titleLevel || underName) && betterTitle(text);
    if (beforeBody && (title.isEmpty() || replaces)) {
      title = Headings.display(text);
      titleLevel = line.headingLevel();
      titleHeading = index;
      return;
    }
    if (line.label().isEmpty()
        && mode == Mode.BODY
        && sectionHeadingLevel > 0
        && line.headingLevel() > sectionHeadingLevel) {
      enterSubHeading(text, line.number()); // "### Mileage" under "## 2. Travel"
      return;
    }
    startSection(line.label(), text, line.number());
    sectionHeadingLevel = line.headingLevel();
  }

  private void numbered(Line line, int index) {
    String label = ClauseNumbers.stripDot(line.label());
    String text = line.text();
    if (Headings.hasDotLeaders(text)) {
      return; // a contents entry outside a "Contents" heading
    }
    if (numberedHeadings.isHeading(index)) {
      startSection(label, text, line.number());
      if (label.contains(".")) {
        bareHeadings.put(label, line);
      }
      return;
    }
    if (!subHeading.isEmpty()
        && !sectionId.isEmpty()
        && stageSteps.isStep(label, index, open == null || open.id.equals(sectionId))) {
      // "### Stage 1: First formal meeting" over "1. The employee will be given…", "2. …": the
      // steps of the text under that heading, numbered as written, not clauses 1 and 2 (which
      // clashed with sections 1 and 2, and refused the file at Stage 2's "1.").
      if (open == null) {
        open = newClause(sectionId, line, "");
        bareHeadings.remove(sectionId);
      }
      open.appendItem(line.written(), true);
      stageSteps.took(label);
      return;
    }
    mode = Mode.BODY;
    stageSteps.listEnded();
    // "5.1 Employees must:" led into its (a) and (b), not into a 5.1.1 after them.
    String leadIn = subParagraphs.leadInAbove(label, lastLetter != 0 ? paragraph : null);
    ClauseDraft draft = newClause(label, line, leadIn);
    paragraph = draft;
    subParagraphs.opened(label, draft);
    lastLetter = 0;
    draft.append(text);
  }

  private void lettered(Line line) {
    char letter = line.label().charAt(0);
    if (isRomanNumeral(letter) && open != null && letter != lastLetter + 1) {
      roman(line);
      return;
    }
    String parent = paragraph != null ? paragraph.id : sectionId;
    if (parent.isEmpty()) {
      // "(a)" under "### Requests in term time" or before the first section has no number to be
      // quoted by; "(a)" alone would be an invented one. Its lines stay out, as prose there does.
      keepOut(line);
      open = null;
      return;
    }
    if (mode == Mode.PREAMBLE) {
      mode = Mode.BODY;
    }
    String context = paragraph != null ? paragraph.text.toString() : "";
    ClauseDraft draft = newClause(parent + "(" + letter + ")", line, context);
    draft.append(line.text());
    lastLetter = letter;
  }

  private void roman(Line line) {
    if (open == null) {
      keepOut(line);
      return;
    }
    open.append("(" + line.label() + ") " + line.text());
  }

  private void table(Line line) {
    if (mode == Mode.PREAMBLE) {
      documentControl.frontMatterRow(line);
      return;
    }
    if (mode != Mode.BODY) {
      return;
    }
    if (open == null) {
      if (sectionId.isEmpty()) {
        keepOut(line); // like prose under an unnumbered heading, it has no number to quote it by
        return;
      }
      if (Headings.isDocumentControl(sectionTitle) || Headings.isContents(sectionTitle)) {
        return; // "## 4. Version history": its table is about the document, not policy
      }
      // "2. What Can Be Claimed" holding only a table is quoted by the section's number, as a
      // section holding only prose is; dropping it would lose the section without a word.
      newClause(sectionId, line, "");
    }
    open.appendRow(line);
  }

  private void labelled(Line line) {
    if (mode == Mode.PREAMBLE) {
      metadata.add(line.label(), line.text());
    } else if (open != null) {
      // In a clause the line is quoted as written: "**EWC** – the expected week" has no colon.
      open.append(line.written());
    } else {
      keepOut(line); // "**EWC:** the expected week" straight under "2. Definitions"
    }
  }

  /**
   * A line of prose, a bullet or a list item, for the open clause (or a new one numbered by its
   * section).
   *
   * @param listItem whether the line is a "1)" or "1." item of a list inside the open paragraph
   */
  private void text(Line line, int index, boolean listItem) {
    String text = line.text();
    if (inSignature
        || mode == Mode.BODY
            && blankBefore
            && !LineClassifier.startsWithBullet(line.written())
            && SIGNATURE.matcher(text).matches()) {
      // "Signed: ......" / "Mrs J. Patel, Chair of the Pay Committee" / "Date: 3 October 2025"
      // under the last clause signs the document; it was quoted as the end of that clause.
      inSignature = true;
      return;
    }
    boolean alone = open != null && standsAlone(line, index);
    if (alone && Headings.looksLikeHeading(text) || startsSubHeading(line, index)) {
      // "Keeping in Touch" between 8.1 and 8.2: a heading without a number, not the end of 8.1.
      // The clauses after it stay in section 8; the page shows the heading above them.
      enterSubHeading(text, line.number());
      return;
    }
    if (alone && Headings.mightBeHeading(text)) {
      // "Sick pay" could be a heading or the clause's last words; the words stay in the quote and
      // check asks HR which it is.
      headingsInClauses.add(new HeadingInClause(line.number(), text, open.id));
    }
    if (Headings.isContents(text) || Headings.isDocumentControl(text)) {
      enterSkip(text);
      return;
    }
    if (mode == Mode.PREAMBLE) {
      Matcher m = TEXT_LABEL.matcher(text);
      if (m.matches()) {
        metadata.add(m.group(1), m.group(2));
      } else if (metadata.addLine(text)) {
        return; // "Version 3.0 | Approved: 12 March 2024 | Review: March 2026"
      } else if (Headings.isTitleLike(text)) {
        if (title.isEmpty() || betterTitle(text)) {
          title = Headings.display(text);
        }
      } else if (!(text.startsWith("|") && text.endsWith("|"))) {
        // An introduction before the first section has no number to quote it by. A row of one
        // cell ("| Document control | |") heads a front-matter table, which is no loss.
        keepOut(line);
      }
      return;
    }
    if (open == null && Headings.isAllCaps(text) && Headings.isTitleLike(text)) {
      startSection("", text, line.number()); // an unnumbered plain-text heading: "APPENDIX"
      return;
    }
    if (open == null) {
      if (sectionId.isEmpty()) {
        keepOut(line); // prose under an unnumbered heading has no number to quote it by
        return;
      }
      open = newClause(sectionId, line, "");
      bareHeadings.remove(sectionId);
    }
    if (blankBefore && paragraph != null && open.id.startsWith(paragraph.id + "(")) {
      // A paragraph of its own after a lettered list ("These rules also apply to ...") closes the
      // list: it belongs to the numbered paragraph the list is part of, not to its last item.
      open = paragraph;
    } else if (blankBefore
        && open == paragraph
        && !open.context.isEmpty()
        && !listItem
        && !LineClassifier.startsWithBullet(line.written())
        && !subParagraphs.nextNumberIsSibling(index, open.id)) {
      // The same after sub-paragraphs that complete a lead-in ("4.1 … meetings:" over 4.1.1 to
      // 4.1.3, then "The line manager will then confirm…"): it belongs to 4.1. A paragraph
      // between two of them ("4.1.1 open the gates." / "This includes the side gate." / 4.1.2)
      // says more of the one above, and a list under one is its own.
      ClauseDraft leadIn = subParagraphs.paragraphAbove(open.id);
      if (leadIn != null) {
        open = leadIn;
        paragraph = leadIn;
      }
    }
    if (listItem || LineClassifier.startsWithBullet(line.written())) {
      open.appendItem(text, listItem);
    } else if (blankBefore) {
      open.append(text);
    } else {
      open.appendWrapped(text);
    }
  }

  /**
   * A line on its own after a finished clause, with only numbered lines or headings after it: the
   * place of a heading without a number, if the line reads as one.
   */
  private boolean standsAlone(Line line, int index) {
    if (!blankBefore || index + 1 >= lines.size()) {
      return false;
    }
    if (LineClassifier.startsWithBullet(line.written())) {
      return false; // "- Travel by public transport" is an item of the list above
    }
    if (!FINISHED.matcher(open.ending()).find()) {
      return false;
    }
    Line next = lines.get(index + 1);
    if (!(next.is(Kind.BLANK) || next.is(Kind.NUMBERED) || next.is(Kind.HEADING))) {
      return false;
    }
    for (int i = index + 1; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (!l.is(Kind.BLANK)) {
        return l.is(Kind.NUMBERED) || l.is(Kind.HEADING);
      }
    }
    return true;
  }

  /**
   * A short line on its own inside a numbered section with a new "(a)" list under it: "Mileage"
   * over (a) and (b), then "Public transport" over (a) again. Read as the end of the clause above,
   * it would cut into that quote and leave the second list with the first one's numbers, which
   * refuses the file.
   */
  private boolean startsSubHeading(Line line, int index) {
    String text = line.text();
    if (sectionId.isEmpty()
        || mode != Mode.BODY
        || !blankBefore
        || !standsAlone(index)
        || LineClassifier.startsWithBullet(line.written())
        || !(Headings.looksLikeHeading(text) || Headings.mightBeHeading(text))
        || open != null && !FINISHED.matcher(open.ending()).find()) {
      return false;
    }
    for (int i = index + 1; i < lines.size(); i++) {
      Line next = lines.get(i);
      if (!next.is(Kind.BLANK)) {
        return next.is(Kind.LETTERED) && next.label().equals("a");
      }
    }
    return false;
  }

  /**
   * An unnumbered heading inside a numbered section: the page shows it, and clauses under it that
   * the section alone numbers are told apart by it ({@link SubHeadings}).
   */
  private void enterSubHeading(String text, int line) {
    subHeading = Headings.display(text);
    stageSteps.listEnded();
    int level = sectionId.isEmpty() ? 1 : sectionId.split("\\.").length + 1;
    sections.add(new Section("", subHeading, level, line));
    open = null;
    paragraph = null;
    lastLetter = 0;
  }

  /** An "Appendix A", "Annex 1" or "Schedule 2" heading once the body has begun. */
  private boolean startsAppendix(Line line, int index) {
    boolean headingLike =
        line.is(Kind.HEADING) && line.label().isEmpty()
            || line.is(Kind.TEXT) && Headings.isTitleLike(line.text())
            // "Appendix A – What to do if a lone worker does not sign out": long, but on its own
            || line.is(Kind.TEXT)
                && blankBefore
                && !LineClassifier.startsWithBullet(line.written())
                && APPENDIX_TITLE.matcher(line.text()).find()
                && !SENTENCE_END.matcher(line.text()).find()
                && line.text().length() <= 120
                && standsAlone(index);
    return headingLike && !drafts.isEmpty() && APPENDIX.matcher(line.text()).find();
  }

  /** "Appendix A – Title", "Schedule 2: Title": the word, its letter or number, a separator. */
  private static final Pattern APPENDIX_TITLE =
      Pattern.compile(
          "^(?:Appendix|APPENDIX|Annex|ANNEX|Annexe|Schedule|SCHEDULE)\\s+(?:[A-Z]|\\d{1,2})"
              + "\\s*[:\\-\u2013\u2014]\\s+\\S");

  /** Whether a line has a blank line (or the end of the file) after it. */
  private boolean standsAlone(int index) {
    return index + 1 == lines.size() || lines.get(index + 1).is(Kind.BLANK);
  }

  private static final Pattern APPENDIX =
      Pattern.compile("(?i)^(appendix|appendices|annex|annexe|schedule)\\b");

  private void startSection(String label, String text, int line) {
    mode = Mode.BODY;
    stageSteps.sectionStarted();
    sectionId = ClauseNumbers.stripDot(label);
    sectionTitle = Headings.display(text);
    int level = sectionId.isEmpty() ? 1 : sectionId.split("\\.").length;
    sections.add(new Section(sectionId, sectionTitle, level, line));
    paragraph = null;
    open = null;
    lastLetter = 0;
    subHeading = "";
    sectionHeadingLevel = 0;
  }

  private void enterSkip(String heading) {
    mode = Headings.isContents(heading) ? Mode.CONTENTS : Mode.DOCUMENT_CONTROL;
    skipHeading = Headings.display(heading);
    contentsLabels.clear();
    paragraph = null;
    open = null;
  }

  /**
   * Keeps a line out of every clause, noting where it sits: the parser never invents a number, but
   * HR should hear that staff cannot get answers from it.
   */
  private void keepOut(Line line) {
    if (mode == Mode.PREAMBLE) {
      unquoted.keepOut(line, Place.BEFORE_FIRST_SECTION, "", "");
    } else {
      unquoted.keepOut(line, Place.UNDER_HEADING, sectionId, sectionTitle);
    }
  }

  /**
   * A paragraph of sentences that a contents list or a version table takes in as one of its entries
   * or rows (in plain text they end only at a heading or a section number): kept out of every
   * clause like them, but worth a warning, as entries and rows are not. Only a paragraph of its own
   * that reads as sentences counts, so a row or an entry wrapped onto a second line does not.
   */
  private void proseInList(Line line, int index) {
    if (index > proseUntil && blankBefore && line.is(Kind.TEXT)) {
      int end = index;
      StringBuilder paragraph = new StringBuilder(line.text());
      while (end + 1 < lines.size() && lines.get(end + 1).is(Kind.TEXT)) {
        end++;
        paragraph.append(' ').append(lines.get(end).text());
      }
      if (UnquotedRuns.isSentences(paragraph.toString())) {
        proseUntil = end;
      }
    }
    if (index <= proseUntil) {
      unquoted.keepOut(line, Place.AFTER_CONTENTS_OR_HISTORY, sectionId, skipHeading);
    }
  }

  /** Inside a contents list: entries are skipped until the body repeats the first number. */
  private boolean stillContents(Line line) {
    return switch (line.kind()) {
      case HEADING -> false;
      case LABELLED -> true;
      case TABLE -> {
        // Word's plain-text contents: "1.<TAB>Purpose<TAB>2". Its number is taken, so that
        // "1.<TAB>Purpose" over the body's first paragraph starts the body.
        List<String> cells = line.cells();
        if (!cells.isEmpty() && ClauseNumbers.isBare(cells.get(0))) {
          contentsLabels.add(ClauseNumbers.stripDot(cells.get(0)));
        }
        yield true;
      }
      case NUMBERED -> {
        String label = ClauseNumbers.stripDot(line.label());
        if (Headings.endsWithPageNumber(line.text()) || Headings.hasDotLeaders(line.text())) {
          contentsLabels.add(label);
          yield true;
        }
        yield Headings.isTitleLike(line.text()) && contentsLabels.add(label);
      }
      case TEXT -> line.text().length() < 100;
      default -> false;
    };
  }

  /** Inside a version-control table: rows are skipped until a real section starts. */
  private boolean stillDocumentControl(Line line) {
    return switch (line.kind()) {
      case HEADING -> false;
      case TEXT -> !Headings.isContents(line.text()); // "CONTENTS" after the version table
      case NUMBERED ->
          !(line.label().matches("\\d{1,3}\\.?") && Headings.isTitleLike(line.text()))
              && !numbersOnFromLastClause(line);
      default -> true;
    };
  }

  /**
   * Whether a numbered line is the paragraph right after the last clause read: "1.2" after 1.1 past
   * a "Document control" block between them. Skipped as one of its rows, it was lost without a
   * word; a version row ("1.0 May 2022 HR Manager") cannot number on from a clause.
   */
  private boolean numbersOnFromLastClause(Line line) {
    return !drafts.isEmpty()
        && ClauseNumbers.comesRightAfter(
            ClauseNumbers.stripDot(line.label()), drafts.get(drafts.size() - 1).id);
  }

  /**
   * Opens a clause. A number used before is an error, noted for the end; its lines are still read
   * into a draft that is never kept, so the file is read on for the errors after it and no number
   * is indexed twice.
   */
  private ClauseDraft newClause(String id, Line line, String context) {
    boolean duplicate;
    if (paragraph != null && paragraph.duplicate && id.startsWith(paragraph.id + "(")) {
      // The items of a paragraph whose number came twice: the paragraph's error covers them, and
      // "1.1(a) appears twice" under it would only be noise.
      duplicate = true;
    } else {
      String key = subHeadings.key(id, sectionId, subHeading);
      Integer earlier = clauseLines.putIfAbsent(key, line.number());
      duplicate = earlier != null;
      if (duplicate) {
        ClauseDraft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        String shown =
            key.equals(id) ? id : SubHeadings.qualified(id, subHeading); // not its anchor key
        problems.duplicate(shown, line.number(), earlier, last, sections);
      }
    }
    String under = SubHeadings.isSectionLevel(id, sectionId) ? subHeading : "";
    ClauseDraft draft =
        new ClauseDraft(id, sectionId, sectionTitle, context, line.number(), duplicate, under);
    if (!duplicate) {
      drafts.add(draft);
    }
    open = draft;
    leadInList.restart();
    bareHeadings.remove(sectionId);
    return draft;
  }

  private Policy build() throws PolicyFormatException {
    // A numbered line like "5.2 Not applicable" read as a heading but nothing followed it: it was
    // a short clause after all.
    for (Line bare : bareHeadings.values()) {
      String id = ClauseNumbers.stripDot(bare.label());
      boolean hasChildren =
          drafts.stream().anyMatch(d -> d.id.startsWith(id + ".") || d.id.startsWith(id + "("));
      if (!hasChildren && !clauseLines.containsKey(id)) {
        ClauseDraft d = new ClauseDraft(id, id, Headings.display(bare.text()), "", bare.number());
        d.append(bare.text());
        drafts.add(d);
        clauseLines.put(id, bare.number());
      }
    }
    drafts.sort(java.util.Comparator.comparingInt(d -> d.line));
    if (drafts.isEmpty()) {
      throw new PolicyFormatException(
          source,
          0,
          "no numbered clauses found; expected numbered headings or paragraphs such as"
              + " '## 3. Scope' with '- a. ...' items, or '1. Purpose' with '1.1 ...' paragraphs");
    }
    Set<String> numbers = new HashSet<>(clauseLines.keySet());
    sections.forEach(s -> numbers.add(s.id()));
    Set<String> withParagraphs = SubHeadings.withParagraphs(numbers);
    List<Clause> clauses = new ArrayList<>();
    for (ClauseDraft d : drafts) {
      String id = subHeadings.finalId(d, withParagraphs);
      d.toClause(policyId, id)
          .ifPresentOrElse(clauses::add, () -> problems.withoutText(id, d.line));
    }
    problems.throwIfAny();
    String docTitle = !metadata.title().isEmpty() ? metadata.title() : title;
    return new Policy(
        policyId,
        docTitle.isEmpty() ? titleFromId() : docTitle,
        metadata.build(),
        sections,
        clauses,
        ExampleQuestions.NONE,
        unquoted.runs(),
        headingsInClauses,
        List.of());
  }

  /**
   * Documents often open with the organisation's name and then the document's ("Riverside Learning
   * Trust" / "Staff Code of Conduct"); the line naming a kind of document is the title.
   */
  private boolean betterTitle(String candidate) {
    return DOCUMENT_KIND.matcher(candidate).find() && !DOCUMENT_KIND.matcher(title).find();
  }

  private static final Pattern ORGANISATION =
      Pattern.compile(
          "(?i)\\b(trust|partnership|academy|academies|federation|schools|college|council|diocese|foundation)\\s*$");

  private static final Pattern DOCUMENT_KIND =
      Pattern.compile(
          "(?i)\\b(policy|code|procedures?|guidance|guidelines|handbook|charter|protocol|statement|framework|agreement|rules)\\b");

  private String titleFromId() {
    return Headings.display(
        policyId.replace('-', ' ').replace('_', ' ').toUpperCase(java.util.Locale.ROOT));
  }

  private static boolean isRomanNumeral(char c) {
    return c == 'i' || c == 'v' || c == 'x';
  }
}
