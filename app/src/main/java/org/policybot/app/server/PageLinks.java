package org.policybot.app.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links from one of the server's pages to its others, relative to the page they are on.
 *
 * <p>A proxy may serve PolicyBot under a path ({@code https://intranet.example.org/policybot/}
 * forwarded to this server's {@code /}). A root-relative link such as {@code /static/policybot.css}
 * would then leave that path and break the styles, the form and every link; a link relative to the
 * page stays under it, and works just as well at the root. The depth is read from the path the
 * server received, which below the proxy's prefix is the path the browser sees.
 *
 * @param root the way from the page to the server's root, {@code ./} or {@code ../} repeated
 */
record PageLinks(String root) {

  /**
   * The deepest path whose links climb back up. No page is deeper than {@code /policies/x}; below
   * this only 404s are, whose links would otherwise grow with the path: a 30 kB path of slashes
   * made a 630 kB page, six links of {@code ../} each. Theirs are root-relative instead, which
   * behind a proxy's path leads out of it, acceptable for a page at an address nothing links to.
   */
  static final int MAX_DEPTH = 8;

  /** Links for a page at this raw request path ({@code /}, {@code /policies/x}, ...). */
  static PageLinks forPath(String rawPath) {
    int slashes = 0;
    if (rawPath != null) {
      for (int i = 0; i < rawPath.length(); i++) {
        if (rawPath.charAt(i) == '/') {
          slashes++;
        }
      }
    }
    // "/" and "/policies" are at the root; each further slash is a directory to climb out of.
    int depth = slashes - 1;
    if (depth > MAX_DEPTH) {
      return new PageLinks("/");
    }
    return new PageLinks(depth <= 0 ? "./" : "../".repeat(depth));
  }

  /** The ask page. */
  String home() {
    return root;
  }

  /** The ask page with this question asked. */
  String ask(String question) {
    return root + "?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
  }

  /** A file served from {@code /static/}. */
  String asset(String name) {
    return root + StaticFiles.PREFIX.substring(1) + name;
  }

  /** The list of policies. */
  String policies() {
    return root + PolicyPages.PREFIX.substring(1);
  }

  /** One policy's page. */
  String policy(String policyId) {
    return policies() + "/" + policyId;
  }

  /** One clause on its policy's page. */
  String clause(String policyId, String anchor) {
    return policy(policyId) + "#" + anchor;
  }
}
