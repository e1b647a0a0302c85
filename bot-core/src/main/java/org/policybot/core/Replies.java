package org.policybot.core;

import java.util.Locale;

/** The bot's own words; adapters render them but do not reword them. */
final class Replies {

  private Replies() {}

  static String help() {
    return "Ask me a question about your HR policies in your own words, and I will quote the"
        + " clause that answers it, with a link to the full policy. If the policies do not cover"
        + " your question, I will say so.";
  }

  static String acknowledged() {
    return "You're welcome. Ask me another question about your HR policies whenever you like.";
  }

  static String notCovered(String hrContact) {
    return "I could not find a clause in the policies that covers this, so I will not guess."
        + " Please ask "
        + hrContact
        + ".";
  }

  /** Said before the answer to a question longer than {@link QuestionText#MAX_CHARS}. */
  static String onlyTheStartWasRead() {
    return String.format(
        Locale.ROOT,
        "I read only the first %,d characters of your question.",
        QuestionText.MAX_CHARS);
  }

  static String answered(CitedClause clause) {
    return "Clause "
        + clause.clauseId()
        + " of the "
        + clause.policyTitle()
        + (clause.section().isEmpty() ? "" : " (" + clause.section() + ")")
        + " says:";
  }
}
