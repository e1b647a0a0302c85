/** The Slack channel: Bolt for Java translating Slack requests into questions for the core. */
package org.policybot.slack;
