package org.policybot.index.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Found in review: for every '[' followed by "](" InlineLinks scanned to the end of the line for
 * the link's ')', so a line of unclosed links cost time quadratic in its length (`policybot check`
 * on 128,000 "[a](" took 31 s; 4 MB did not finish in 120 s) while the reloader's one thread
 * waited. A bracket now ends a bare URL, so each scan stops at the next link. The time is in
 * docs/benchmarks.md; here, what the rule means for the text.
 */
class InlineLinksScaleTest {

  @Test
  void a_long_line_of_unclosed_links_stays_as_written() {
    String line = "[a](".repeat(128_000);
    assertEquals(line, InlineLinks.toText(line));
  }

  @Test
  void a_bracket_ends_a_bare_url_so_the_link_is_kept_as_written() {
    assertEquals(
        "see [form](http://x/[y]) now", InlineLinks.toText("see [form](http://x/[y]) now"));
    assertEquals("see form now", InlineLinks.toText("see [form](http://x/%5By%5D) now"));
  }
}
