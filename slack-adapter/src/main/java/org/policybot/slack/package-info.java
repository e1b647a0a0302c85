/**
 * The Slack channel: Bolt for Java translating Slack requests into questions for the core and
 * answers into Block Kit.
 *
 * <p>{@link org.policybot.slack.SlackChannel} is the one public entry type. Requests arrive over
 * HTTP ({@code HttpBridge}, mounted at {@code /slack/events}) or Socket Mode; the bridge checks the
 * signature and a five-minute timestamp window before Bolt parses anything. Bolt middleware drops
 * repeated Events API deliveries ({@code DuplicateDeliveries}); listeners acknowledge at once and
 * answer on virtual threads ({@code CommandListener}, {@code MessageListeners}, {@code
 * FeedbackListener}). Rendering lives in {@code AnswerRenderer} and {@code StatusReport}, and every
 * user- or file-supplied string passes through {@code Mrkdwn}, the one escaper. Nothing here reads
 * the environment: {@link org.policybot.slack.SlackSettings} comes from the app.
 */
package org.policybot.slack;
