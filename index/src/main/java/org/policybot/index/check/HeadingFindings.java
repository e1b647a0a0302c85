package org.policybot.index.check;

import java.util.List;
import org.policybot.index.HeadingInClause;
import org.policybot.index.Policy;

/**
 * Warnings about short lines between clauses that may be headings but are quoted as the end of the
 * clause above ("Sick pay" after 1.5). The parser keeps the words in the quote when it cannot tell;
 * HR can, and one mark settles it.
 */
final class HeadingFindings {

  private HeadingFindings() {}

  static List<Finding> find(Policy policy, String source) {
    return policy.headingsInClauses().stream().map(h -> warning(h, source)).toList();
  }

  private static Finding warning(HeadingInClause h, String source) {
    return new Finding(
        Finding.Severity.WARNING,
        source,
        h.line(),
        "\""
            + h.text()
            + "\" is quoted as the last words of clause "
            + h.clauseId()
            + "; if it is a heading, mark it as one ('### "
            + h.text()
            + "') or write it in Title Case; if it belongs to the clause, end it with a full stop");
  }
}
