package org.policybot.index;

import java.util.Objects;

/**
 * A run of a policy's text that belongs to no clause, so no answer can ever quote it: prose under a
 * heading without a number, text before the first numbered section, an appendix, a footnote. The
 * parser never invents a number for it; {@code policybot check} names it so HR can give it one.
 *
 * @param line the 1-based line the run starts on
 * @param place where in the document the run sits, which decides how HR can fix it
 * @param sectionId the number of the section it sits in, or empty
 * @param heading the heading it sits under as people read it, or empty when there is none
 */
public record UnquotedText(int line, Place place, String sectionId, String heading) {

  /** Where a run of unquoted text sits. */
  public enum Place {
    /** Between the title and the first numbered section, and not metadata or a title line. */
    BEFORE_FIRST_SECTION,
    /** Under a heading without a number, or in a section whose clause had already ended. */
    UNDER_HEADING,
    /** After a contents list or a version-history table, and read as part of it. */
    AFTER_CONTENTS_OR_HISTORY,
    /** In an appendix, which is left out on purpose: forms and templates are not policy. */
    IN_APPENDIX,
    /**
     * A footnote ({@code [^1]: …} in a Markdown export of Word): its mark is left out of the clause
     * that refers to it, and its words would read as the end of whatever clause came last.
     */
    FOOTNOTE
  }

  public UnquotedText {
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(sectionId, "sectionId");
    Objects.requireNonNull(heading, "heading");
  }
}
