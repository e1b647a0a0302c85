/**
 * What HR admins see when they ask for {@code /policy status}: for each live policy its version,
 * clause count, who published it and when, its review date (flagged when overdue), and the result
 * of the last reload of the policies folder. {@link org.policybot.core.PolicyLibrary#status} builds
 * a {@link org.policybot.core.status.LibraryStatus}; the chat adapters render it and decide who may
 * see it. The reloader reports each reload as a {@link org.policybot.core.status.ReloadResult} and
 * the store's publication records as {@link org.policybot.core.status.Publication}s.
 */
package org.policybot.core.status;
