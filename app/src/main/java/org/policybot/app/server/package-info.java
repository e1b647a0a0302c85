/**
 * The one HTTP server: policy pages that answer links point at, the web ask page, {@code /api/ask},
 * health checks, and a {@link org.policybot.app.server.PolicyServer#mount mount} point where the
 * chat adapters hang their {@link com.sun.net.httpserver.HttpHandler}s.
 *
 * <p>Everything from a policy file or a question reaches a page only through {@code Html.escape};
 * pages carry a Content-Security-Policy that allows scripts and styles from {@code /static/} only,
 * so an escaping slip would still not run script.
 */
package org.policybot.app.server;
