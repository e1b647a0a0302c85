/**
 * The Microsoft Teams channel. {@link org.policybot.teams.TeamsChannel} is the only public entry
 * point; it exposes a JDK {@code HttpHandler} for {@code /api/messages}.
 *
 * <p>Every {@code com.microsoft.bot} type (botbuilder-java 4.14.3, a retired SDK) stays inside this
 * package and out of its public API, so the SDK can be replaced by a hand-written Bot Connector
 * client without touching the core. The layers: {@code MessagesHandler} does HTTP, {@code
 * TeamsAdapter} (the SDK) does protocol and authentication, {@code PolicyTeamsBot} translates a
 * turn into a question for the core, and {@code TeamsReplies} with {@code AnswerCard} render the
 * answer.
 */
package org.policybot.teams;
