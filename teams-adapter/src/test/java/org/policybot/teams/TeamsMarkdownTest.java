package org.policybot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TeamsMarkdownTest {

  @Test
  void leaves_plain_policy_text_alone() {
    String text =
        "Employees may use social media during their lunch break (see 4.8), if it is brief.";
    assertEquals(text, TeamsMarkdown.escape(text));
  }

  @Test
  void makes_emphasis_code_and_strikethrough_literal() {
    assertEquals(
        "\\*not\\* \\_this\\_ \\`code\\` \\~\\~x\\~\\~",
        TeamsMarkdown.escape("*not* _this_ `code` ~~x~~"));
  }

  @Test
  void cannot_forge_a_link_a_mention_or_html() {
    assertEquals(
        "\\[click\\](https://evil.example) \\<at\\>Head\\</at\\> \\<b\\>x\\</b\\>",
        TeamsMarkdown.escape("[click](https://evil.example) <at>Head</at> <b>x</b>"));
  }

  @Test
  void escapes_backslashes_first_so_escapes_cannot_be_undone() {
    assertEquals("\\\\\\*", TeamsMarkdown.escape("\\*"));
  }

  @Test
  void keeps_lines_from_becoming_lists_or_headings() {
    assertEquals(
        "1\\. first\n\\- second\n  \\+ third\n\\# title",
        TeamsMarkdown.escape("1. first\n- second\n  + third\n# title"));
  }

  @Test
  void leaves_numbers_inside_a_line_alone() {
    assertEquals("Clause 4.8. applies", TeamsMarkdown.escape("Clause 4.8. applies"));
  }

  @Test
  void null_and_empty_become_empty() {
    assertEquals("", TeamsMarkdown.escape(null));
    assertEquals("", TeamsMarkdown.escape(""));
  }

  @Test
  void a_link_escapes_its_text_and_cannot_be_closed_early_by_its_url() {
    assertEquals(
        "[4.8(a) Use \\*At\\* Work](https://p.example/policies/x%28y%29#clause-4-8-a)",
        TeamsMarkdown.link("4.8(a) Use *At* Work", "https://p.example/policies/x(y)#clause-4-8-a"));
  }
}
