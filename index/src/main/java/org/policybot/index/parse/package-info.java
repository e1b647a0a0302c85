/**
 * Turns policy documents into {@link org.policybot.index.Policy} values. {@link
 * org.policybot.index.parse.PolicyParser} is the entry point; the rest is line classification
 * ({@code LineClassifier}), markup removal ({@code Markup}) and the state machine that groups lines
 * into clauses ({@code ClauseAssembler}).
 */
package org.policybot.index.parse;
