/**
 * Turns policy documents into {@link org.policybot.index.Policy} values. {@link
 * org.policybot.index.parse.PolicyParser} is the entry point; the rest is undoing what
 * Word-to-Markdown converters add ({@code ExportArtefacts}, {@code Escapes}), line classification
 * ({@code LineClassifier}), markup removal ({@code Markup}) and the state machine that groups lines
 * into clauses ({@code ClauseAssembler}).
 */
package org.policybot.index.parse;
