/**
 * Hot reload: {@link org.policybot.app.reload.PolicyReloader} watches the policies folder and,
 * within two seconds of a change, builds a new index aside and swaps it into the {@link
 * org.policybot.core.PolicyLibrary}. A file that fails the check never takes answers away: its
 * previous version keeps answering and the refusal is logged and shown in the status report.
 */
package org.policybot.app.reload;
