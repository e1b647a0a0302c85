/**
 * Recording staff votes on answers ("Helpful" / "Not helpful") the same way for every chat channel:
 * a {@link org.policybot.core.feedback.Vote} checked once here, written by {@link
 * org.policybot.core.feedback.FeedbackLog} as one line on the {@code policybot.feedback} logger.
 * Adapters only encode and decode their own button payloads. The question is never part of a vote,
 * because it can be personal.
 */
package org.policybot.core.feedback;
