package org.policybot.core;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.search.PolicyIndex;

/**
 * Staff who already know the number ("what does 4.6(c) say?", "clause 4.6c", "4.6.c" as people
 * write it without brackets) get that clause. A number counts only when it is named as a clause
 * ("clause", "section", "para" before it) or is all the question is about; "can I run a 4.2 mile
 * fun run?" or "my grade was 4.4" must go through the search and its not-covered rule like any
 * other question. A bare number ("clause 3", the clause of a section holding only prose) counts
 * only after a word naming a part of the document, so "can I take 2 days off?" is not clause 2. A
 * number two policies share is also left to the search.
 */
final class ClauseReference {

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\d.\\w])(\\d{1,3}(?:\\.\\d{1,3}){0,3})(?:\\s*\\(([a-z])\\)|\\.?([a-z])(?![a-z]))?(?![\\d.]*\\d)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CUE =
      Pattern.compile(
          "(?i)\\b(?:clause|section|sect|para|paragraph|point|item|rule)\\s*$|\u00A7\\s*$");

  /**
   * Words that name a part of a document; a number without a dot or letter needs one of them. Not
   * "point", "item" or "rule", which staff use for other things ("item 2 on the agenda").
   */
  private static final Pattern NAMED =
      Pattern.compile("(?i)\\b(?:clause|section|sect|para|paragraph)\\s*$|\u00A7\\s*$");

  /** Words that may surround a bare number when someone asks for a clause by its number. */
  private static final Set<String> FILLER =
      Set.of(
          "what", "whats", "what's", "does", "do", "did", "say", "says", "said", "show", "me",
          "read", "quote", "tell", "about", "is", "in", "the", "policy", "of", "please", "can",
          "you", "i", "see", "look", "at", "up", "mean", "means", "explain", "text", "full");

  private ClauseReference() {}

  /** Whether the number at [start, end) is named as a clause or is all the question asks. */
  private static boolean isReference(String question, int start, int end) {
    if (CUE.matcher(question.substring(0, start)).find()) {
      return true;
    }
    String rest =
        (question.substring(0, start) + " " + question.substring(end)).toLowerCase(Locale.ROOT);
    for (String word : rest.split("[^a-z']+")) {
      if (!word.isEmpty() && !FILLER.contains(word)) {
        return false;
      }
    }
    return true;
  }

  static Optional<Clause> find(PolicyIndex index, String question) {
    Matcher m = NUMBER.matcher(question);
    Clause found = null;
    while (m.find()) {
      String number = m.group(1);
      String letter = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "";
      letter = letter.toLowerCase(Locale.ROOT);
      boolean explicit =
          number.contains(".")
              || !letter.isEmpty()
              || NAMED.matcher(question.substring(0, m.start())).find();
      if (!explicit || !isReference(question, m.start(), m.end())) {
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
