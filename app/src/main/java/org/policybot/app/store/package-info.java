/**
 * The version store behind {@code policybot publish}, {@code history} and {@code rollback}. The
 * live policy files stay where the server reads them, in the policies folder; every version ever
 * made live is kept beside them in the hidden {@code .policybot/versions/<policy-id>/} folder with
 * its time, publisher, version label, SHA-256 hash and format (Markdown or plain text, which a
 * rollback restores it as). {@link org.policybot.app.store.PolicyStore} is the entry point.
 *
 * <p>Crash safety: every file is written to a temporary name, forced to disk, renamed into place
 * atomically and its folder forced, and the live file is switched last. A publish first records its
 * version as pending, then switches the live file, then marks the version committed; the next store
 * operation finishes or discards whatever a crash left pending, by comparing hashes with the live
 * file. So after a kill at any point the live file is the old version or the new one, whole.
 */
package org.policybot.app.store;
