package org.policybot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapes_the_five_characters_that_open_markup_or_close_attributes() {
    assertEquals(
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
        Html.escape("<script>alert('x')</script> & \"q\""));
  }

  @Test
  void drops_control_characters_but_keeps_whitespace_and_non_ascii_text() {
    assertEquals("a\tb\nc\rd é 漢字", Html.escape("a\tb\nc\rd\u0000\u0007\u001b\u007f é 漢字"));
  }

  @Test
  void keeps_http_links_and_same_site_paths() {
    assertEquals(
        "https://policies.example.org/p?a=1&amp;b=2",
        Html.href("https://policies.example.org/p?a=1&b=2"));
    assertEquals(
        "/policies/social-media-policy#clause-4-6-c",
        Html.href("/policies/social-media-policy#clause-4-6-c"));
    assertEquals("#clause-1-a", Html.href("#clause-1-a"));
    assertEquals("./?q=a&amp;b", Html.href("./?q=a&b"));
    assertEquals("../policies/p#clause-1", Html.href("../policies/p#clause-1"));
  }

  @Test
  void replaces_script_data_and_protocol_relative_links_with_a_dead_anchor() {
    assertEquals("#", Html.href("javascript:alert(1)"));
    assertEquals("#", Html.href("  JavaScript:alert(1)"));
    assertEquals("#", Html.href("data:text/html,<script>alert(1)</script>"));
    assertEquals("#", Html.href("//evil.example/x"));
    assertEquals("#", Html.href("/\\evil.example/x"));
    assertEquals("#", Html.href("../\\evil.example/x"));
  }
}
