/**
 * The command-line sub-commands of {@code policybot}: {@code ask}, {@code eval}, {@code bench} and
 * {@code serve} for everyone; {@code check}, {@code diff}, {@code publish}, {@code history} and
 * {@code rollback} for HR. Each gets the settings read once in {@code Main}.
 */
package org.policybot.app.cli;
