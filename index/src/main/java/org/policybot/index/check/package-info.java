/**
 * Checks a policy document before HR publishes it and compares it with the live version. {@link
 * org.policybot.index.check.PolicyCheck} turns a file into a {@link
 * org.policybot.index.check.CheckReport}: errors (the parser's refusals, which block publishing)
 * and warnings (numbering gaps, text that belongs to no clause, an overdue or unreadable review
 * date, missing metadata, which do not). {@link org.policybot.index.check.PolicyDiff} lists the
 * clauses and metadata that changed between two versions, and {@link
 * org.policybot.index.check.ReviewDate} reads the review dates policies write in many styles
 * ({@code February 2022}, {@code 14th December 2020}).
 */
package org.policybot.index.check;
