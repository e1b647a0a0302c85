package org.policybot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MrkdwnTest {

  @Test
  void escapes_the_three_characters_slack_reads_as_markup() {
    assertEquals(
        "&lt;!channel&gt; &amp; &lt;https://evil|click&gt; a&lt;b",
        Mrkdwn.escape("<!channel> & <https://evil|click> a<b"));
  }

  @Test
  void incoming_text_loses_user_mentions_and_slacks_escaping() {
    assertEquals(
        "Can I post <!channel> & more?",
        Mrkdwn.incoming("<@UBOT> Can I post &lt;!channel&gt; &amp; more? <@U123|bob>"));
    assertEquals("", Mrkdwn.incoming(null));
  }

  @Test
  void escaping_what_came_in_gives_back_what_slack_sent() {
    String sent = "a &lt; b &amp;&amp; c &gt; d";
    assertEquals(sent, Mrkdwn.escape(Mrkdwn.incoming(sent)));
  }

  @Test
  void fit_leaves_short_text_alone() {
    assertEquals("a &amp; b", Mrkdwn.fit("a & b", 9));
  }

  @Test
  void fit_cuts_long_text_at_a_word_within_the_limit() {
    String cut = Mrkdwn.fit("one two three four five six", 15);

    assertEquals("one two three…", cut);
    assertTrue(cut.length() <= 15);
  }

  @Test
  void fit_never_splits_an_escaped_character() {
    for (int max = 2; max < 40; max++) {
      String cut = Mrkdwn.fit("&".repeat(50), max);
      assertTrue(cut.length() <= max, cut);
      assertTrue(cut.replace("&amp;", "").equals("…"), "max " + max + ": " + cut);
    }
  }

  @Test
  void fit_keeps_surrogate_pairs_whole() {
    String cut = Mrkdwn.fit("😀".repeat(20), 10);

    assertTrue(cut.length() <= 10);
    assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 2)), cut);
  }

  @Test
  void link_label_is_escaped_and_the_url_cannot_break_out() {
    assertEquals(
        "<https://x/p?a=1&amp;b=2%7Cc%3E|4.6(c) &lt;b&gt;>",
        Mrkdwn.link("https://x/p?a=1&b=2|c>", "4.6(c) <b>"));
  }

  @Test
  void quote_marks_every_line() {
    assertEquals(">one\n>two", Mrkdwn.quote("one\ntwo"));
  }

  @Test
  void literal_keeps_formatting_marks_from_opening_or_closing_and_still_escapes() {
    String shown = Mrkdwn.literal("*bold* _it_ ~no~ `code` & <x>");
    assertEquals(
        "\u200B*\u200Bbold\u200B*\u200B \u200B_\u200Bit\u200B_\u200B"
            + " \u200B~\u200Bno\u200B~\u200B \u200B`\u200Bcode\u200B`\u200B &amp; &lt;x&gt;",
        shown);
    assertEquals("*bold* _it_ ~no~ `code` & <x>", Mrkdwn.incoming(shown).replace("\u200B", ""));
  }

  @Test
  void literal_leaves_marks_inside_words_so_addresses_and_links_copy_as_written() {
    String text =
        "Email hr_support@trust.org.uk or see"
            + " https://www.gov.uk/guidance/keeping_children_safe (3*4 = 12).";
    assertEquals(text, Mrkdwn.literal(text));
    assertEquals(text, Mrkdwn.fitLiteral(text, 500));
    // At a word's edge the same marks are still guarded.
    assertEquals("\u200B_\u200Bsee\u200B_\u200B", Mrkdwn.literal("_see_"));
  }

  @Test
  void fit_literal_cuts_within_the_limit_counting_the_marks() {
    String cut = Mrkdwn.fitLiteral("*a* ".repeat(100), 50);
    assertTrue(cut.length() <= 50, cut);
    assertTrue(cut.endsWith("…"), cut);
  }
}
