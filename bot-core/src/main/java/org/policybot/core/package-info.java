/**
 * The answering core: {@link org.policybot.core.PolicyAnswerer} turns a staff question into an
 * {@link org.policybot.core.Answer} (the clause to quote with its link and related clauses, or "not
 * covered") from the live policies held by {@link org.policybot.core.PolicyLibrary}. It knows
 * nothing of Slack, Teams or HTTP; adapters render what it returns.
 */
package org.policybot.core;
