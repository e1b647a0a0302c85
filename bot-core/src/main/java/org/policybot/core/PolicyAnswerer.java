package org.policybot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.policybot.index.Clause;
import org.policybot.index.Policy;
import org.policybot.index.search.PolicyIndex;
import org.policybot.index.search.SearchHit;
import org.policybot.index.search.SearchResult;

/**
 * Answers staff questions from the live policies: the one entry point of the core. It quotes the
 * best clause verbatim with its link, adds up to two related clauses, and says "not covered" rather
 * than quote a clause that does not answer the question. Thread-safe.
 */
public final class PolicyAnswerer {

  /** How many ranked clauses an answer reports. */
  static final int CANDIDATES = 5;

  private final PolicyLibrary library;
  private final AnswerSettings settings;
  private final CoverageRule rule = new CoverageRule();
  private final RecentAnswers recent;

  public PolicyAnswerer(PolicyLibrary library, AnswerSettings settings) {
    this.library = Objects.requireNonNull(library, "library");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.recent = new RecentAnswers(library, RecentAnswers.DEFAULT_SIZE);
  }

  /** How answers are worded and linked (the HR contact, the examples). */
  public AnswerSettings settings() {
    return settings;
  }

  /** The live policies this answerer reads. */
  public PolicyLibrary library() {
    return library;
  }

  /**
   * Answers one question. Never throws for any input: empty text gets help, anything else an answer
   * or "not covered".
   */
  public Answer answer(String rawQuestion) {
    String question = QuestionText.clean(rawQuestion);
    String id = newId();
    if (QuestionText.isHelpRequest(question)) {
      return new Answer(
          id,
          question,
          AnswerStatus.HELP,
          Optional.empty(),
          List.of(),
          List.of(),
          Replies.help(),
          settings.examples());
    }
    if (QuestionText.isThanks(question)) {
      return new Answer(
          id,
          question,
          AnswerStatus.ACKNOWLEDGED,
          Optional.empty(),
          List.of(),
          List.of(),
          Replies.acknowledged(),
          List.of());
    }
    PolicyIndex index = library.current();
    Answer known = recent.get(index, question);
    if (known == null) {
      known = resolve(index, question);
      recent.put(index, question, known);
    }
    // Staff should know when the end of a long message, where the question often is, went unread.
    String message =
        QuestionText.isCut(rawQuestion)
            ? Replies.onlyTheStartWasRead() + " " + known.message()
            : known.message();
    return reissued(known, id, message);
  }

  /** The answer from one index; its id (and, for a long question, its message) is set per reply. */
  private Answer resolve(PolicyIndex index, String question) {
    String id = "";
    Optional<Clause> named = ClauseReference.find(index, question);
    SearchResult result = index.search(question, CANDIDATES + 3);
    List<Candidate> candidates = new ArrayList<>();
    for (SearchHit h : result.hits().subList(0, Math.min(CANDIDATES, result.hits().size()))) {
      candidates.add(new Candidate(h.policy().id(), h.clause().id(), h.score(), h.coverage()));
    }
    if (named.isPresent()) {
      Policy policy = index.policy(named.get().policyId()).orElseThrow();
      return answered(id, question, cite(policy, named.get()), List.of(), candidates);
    }
    if (!rule.answers(result)) {
      return new Answer(
          id,
          question,
          AnswerStatus.NOT_COVERED,
          Optional.empty(),
          List.of(),
          candidates,
          Replies.notCovered(settings.hrContact()),
          List.of());
    }
    SearchHit best = result.hits().get(0);
    LeadInQuote quote = LeadInQuote.of(best.policy(), best.clause());
    List<CitedClause> related = new ArrayList<>();
    for (SearchHit h : rule.related(result)) {
      // An item the quote already shows in its list would only repeat it.
      boolean shown =
          h.policy().id().equals(best.policy().id()) && quote.itemIds().contains(h.clause().id());
      if (!shown && related.size() < CoverageRule.RELATED) {
        related.add(cite(h.policy(), h.clause()));
      }
    }
    return answered(id, question, cite(best.policy(), best.clause(), quote), related, candidates);
  }

  private static Answer reissued(Answer a, String id, String message) {
    return new Answer(
        id,
        a.question(),
        a.status(),
        a.clause(),
        a.related(),
        a.candidates(),
        message,
        a.examples());
  }

  /** A short random id for feedback to refer to; not a secret, so a fast random will do. */
  private static String newId() {
    return idOf(ThreadLocalRandom.current().nextLong());
  }

  /** 48 random bits as 12 hex digits, zero-padded so every id has the same length. */
  static String idOf(long random) {
    return String.format(Locale.ROOT, "%012x", random & 0xFFFFFFFFFFFFL);
  }

  private Answer answered(
      String id,
      String question,
      CitedClause clause,
      List<CitedClause> related,
      List<Candidate> candidates) {
    return new Answer(
        id,
        question,
        AnswerStatus.ANSWERED,
        Optional.of(clause),
        related,
        candidates,
        Replies.answered(clause),
        List.of());
  }

  private CitedClause cite(Policy policy, Clause clause) {
    return cite(policy, clause, LeadInQuote.of(policy, clause));
  }

  private CitedClause cite(Policy policy, Clause clause, LeadInQuote quote) {
    return new CitedClause(
        policy.id(),
        policy.title(),
        policy.versionLabel(),
        clause.id(),
        clause.sectionTitle(),
        quote.text(),
        clause.context(),
        settings.clauseUrl(policy.id(), clause.anchor()),
        quote.blocks());
  }
}
