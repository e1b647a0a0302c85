package org.policybot.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.search.PolicyIndex;

/**
 * Staff who already know the number ("what does 4.6(c) say?", "clause 4.6c") get that clause.
 * Only an exact, unambiguous number counts: a bare "4" or a number two policies share is left to
 * the search.
 */
final class ClauseReference {

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\d.\\w])(\\d{1,3}(?:\\.\\d{1,3}){0,3})(?:\\s*\\(([a-z])\\)|([a-z])(?![a-z]))?(?![\\d.]*\\d)",
          Pattern.CASE_INSENSITIVE);

  private ClauseReference() {}

  static Optional<Clause> find(PolicyIndex index, String question) {
    Matcher m = NUMBER.matcher(question);
    Clause found = null;
    while (m.find()) {
      String number = m.group(1);
      String letter = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "";
      letter = letter.toLowerCase(Locale.ROOT);
      boolean explicit = number.contains(".") || !letter.isEmpty();
      if (!explicit) {
        continue;
      }
      String id = letter.isEmpty() ? number : number + "(" + letter + ")";
      for (Policy p : index.policies()) {
        Optional<Clause> c = p.clause(id);
        if (c.isPresent()) {
          if (found != null && !found.key().equals(c.get().key())) {
            return Optional.empty();
          }
          found = c.get();
        }
      }
    }
    return Optional.ofNullable(found);
  }
}
