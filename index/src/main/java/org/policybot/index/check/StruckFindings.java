package org.policybot.index.check;

import java.util.List;
import org.policybot.index.Policy;
import org.policybot.index.StruckText;

/**
 * Warnings about struck-through words a clause quotes. In a Word policy they are usually a deletion
 * tracked and not yet accepted, so the quote may hold words HR took out; the parser keeps them
 * rather than risk losing policy, and HR can settle which they are.
 */
final class StruckFindings {

  private StruckFindings() {}

  static List<Finding> find(Policy policy, String source) {
    return policy.struckText().stream().map(s -> warning(s, source)).toList();
  }

  private static Finding warning(StruckText s, String source) {
    return new Finding(
        Finding.Severity.WARNING,
        source,
        s.line(),
        "clause "
            + s.clauseId()
            + " quotes \""
            + s.text()
            + "\", which the document strikes through (in Word, usually a deletion tracked and"
            + " not yet accepted); delete the words if they are gone, or remove the strikethrough"
            + " if they stand");
  }
}
