package org.policybot.index.search;

/** Names of the Lucene fields a clause is indexed under, each with the reason it exists. */
final class ClauseFields {

  /** {@code policyId#clauseId}, a StringField: the key updateDocument replaces by. */
  static final String KEY = "key";

  /** Position of the clause in the snapshot's clause list, as doc values: hit -> clause in O(1). */
  static final String ORDINAL = "ordinal";

  /** The clause's own words, a TextField: the main BM25 evidence. */
  static final String TEXT = "text";

  /**
   * The titles of the clause's section and its parents, a TextField: "Use at work" tells what a
   * terse clause is about when its own words do not.
   */
  static final String SECTION = "section";

  /** The lead-in paragraph of a lettered item, a TextField: "(a)" items often depend on it. */
  static final String CONTEXT = "context";

  /** The policy title, a TextField: routes a question to the right policy among many. */
  static final String TITLE = "title";

  private ClauseFields() {}
}
