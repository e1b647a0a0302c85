package org.policybot.core.testing;

import java.util.List;
import java.util.Optional;
import org.policybot.core.Answer;
import org.policybot.core.AnswerStatus;
import org.policybot.core.CitedClause;
import org.policybot.index.Block;

/**
 * An answer whose related clauses come from the quoted policy and from another, for every channel's
 * renderer tests: "can I use my personal email for school data?" quotes the Code of Conduct's 8.2
 * and lists a 5.1 of the data protection policy, which staff read as Code of Conduct 5.1 unless the
 * answer names its policy. The other policy's title holds markup every channel must escape.
 */
public final class RelatedAnswers {

  /** The other policy's title: emphasis, a link bracket, a tag and an ampersand. */
  public static final String OTHER_TITLE = "Data *Protection* & <IT> Policy [Staff]";

  private RelatedAnswers() {}

  /** The Code of Conduct's 8.2, the quoted clause. */
  public static CitedClause quoted() {
    return clause(
        "code-of-conduct-policy",
        "Staff Code of Conduct",
        "8.2",
        "Confidentiality and Data Protection",
        "Personal data must never be kept in personal email accounts.");
  }

  /** The Code of Conduct's 8.3: related, and in the quoted policy. */
  public static CitedClause samePolicy() {
    return clause(
        "code-of-conduct-policy",
        "Staff Code of Conduct",
        "8.3",
        "Confidentiality and Data Protection",
        "Report a data breach at once.");
  }

  /** The data protection policy's 5.1: related, and in another policy. */
  public static CitedClause otherPolicy() {
    return clause(
        "data-protection-and-it-policy",
        OTHER_TITLE,
        "5.1",
        "School Email and Messaging",
        "Staff must use their school email account for school business.");
  }

  /** 8.2 answering, with 8.3 and then 5.1 related. */
  public static Answer answer() {
    return new Answer(
        "rel1",
        "can I use my personal email for school data?",
        AnswerStatus.ANSWERED,
        Optional.of(quoted()),
        List.of(samePolicy(), otherPolicy()),
        List.of(),
        "Clause 8.2 of the Staff Code of Conduct (Confidentiality and Data Protection) says:",
        List.of());
  }

  private static CitedClause clause(
      String policyId, String title, String id, String section, String text) {
    return TestClauses.clause(policyId, title, id, section, List.<Block>of(new Block.Prose(text)));
  }
}
