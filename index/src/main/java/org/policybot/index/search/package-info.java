/**
 * The Lucene index over policy clauses. {@link org.policybot.index.search.PolicyIndex} is the entry
 * point: build it from parsed policies, then search it with staff questions. Questions go through
 * the same analyzer as clauses ({@code PolicyAnalyzer}), a domain vocabulary ({@code
 * vocabulary.txt}) and a spelling corrector, and become queries built with Lucene's builders; staff
 * text is never parsed as query syntax.
 */
package org.policybot.index.search;
