/**
 * Turns policy documents into {@link org.policybot.index.Policy} values. {@link
 * org.policybot.index.parse.PolicyParser} is the entry point; the rest is undoing what
 * Word-to-Markdown converters add ({@code ExportArtefacts}, {@code Escapes}), line classification
 * ({@code LineClassifier}), markup removal ({@code Markup}) and the state machine that groups lines
 * into clauses ({@code ClauseAssembler}), which asks {@code NumberedHeadings} whether a numbered
 * line heads a section or is a short clause, and {@code LeadInList} whether a "1." line is an item
 * of the open clause's list rather than a clause of its own. Errors that leave the rest of the file
 * readable (a clause number used twice, a clause without text) are gathered by {@code
 * ClauseProblems} and thrown together at the end; the others are thrown where they are found.
 */
package org.policybot.index.parse;
