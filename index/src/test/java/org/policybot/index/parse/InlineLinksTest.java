package org.policybot.index.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.index.Block;
import org.policybot.index.Policy;

class InlineLinksTest {

  @Test
  void a_url_with_balanced_parentheses_leaves_only_the_link_text() {
    assertEquals(
        "Use the form at the intranet for leave.",
        InlineLinks.toText(
            "Use the form at [the intranet](https://intranet.example.org/forms/leave_(2024)) for"
                + " leave."));
  }

  @Test
  void nested_and_repeated_parentheses_in_a_url_are_part_of_it() {
    assertEquals(
        "Read the guide first.",
        InlineLinks.toText("Read [the guide](https://x.example/w/A_(b_(c))_(d)#e) first."));
  }

  @Test
  void escaped_parentheses_in_a_url_do_not_need_a_partner() {
    assertEquals("See the form.", InlineLinks.toText("See [the form](https://x.example/a\\(b)."));
  }

  @Test
  void an_angle_bracket_url_may_hold_spaces_and_parentheses() {
    assertEquals(
        "The signed form goes to HR.",
        InlineLinks.toText(
            "The [signed form](<https://x.example/leave form (signed).pdf>) goes to HR."));
  }

  @Test
  void a_title_after_the_url_is_not_quoted() {
    assertEquals(
        "See the calendar and the dates.",
        InlineLinks.toText(
            "See [the calendar](https://x.example/c \"Term (dates)\") and [the dates](/d 'x')."));
  }

  @Test
  void a_url_with_spaces_and_no_parentheses_still_counts_as_a_link_as_before() {
    assertEquals(
        "Send the request form to HR.",
        InlineLinks.toText("Send the [request form](https://x.example/leave request.docx) to HR."));
  }

  @Test
  void link_text_keeps_its_own_parentheses_and_the_words_around_it() {
    assertEquals(
        "Appeals go to the panel (see 2.2) within ten days (working days).",
        InlineLinks.toText(
            "Appeals go to the [panel (see 2.2)](https://x.example/appeals) within ten days"
                + " (working days)."));
  }

  @Test
  void a_url_that_opens_a_parenthesis_it_never_closes_ends_at_the_first_one() {
    assertEquals(
        "The panel meets as listed and minutes are kept.",
        InlineLinks.toText(
            "The panel meets [as listed](https://x.example/panel_(2024) and minutes are kept."));
  }

  @Test
  void a_url_with_both_spaces_and_parentheses_is_kept_as_written_so_no_words_are_lost() {
    String line = "Minutes are [kept](https://x.example/m (2024) archive) for a year.";
    assertEquals(line, InlineLinks.toText(line));
  }

  @Test
  void brackets_that_are_not_links_are_left_alone() {
    String line = "Pay [see table] (below) and [a] [b](c d (e) f) and [](https://x.example).";
    assertEquals(line, InlineLinks.toText(line));
  }

  @Test
  void only_the_innermost_bracket_before_the_url_opens_the_link() {
    assertEquals("[draft the form", InlineLinks.toText("[draft [the form](https://x.example)"));
  }

  @Test
  void an_image_reads_as_its_alt_text_and_an_image_without_one_as_nothing() {
    assertEquals(
        "Sign in as shown in the login screen below.",
        InlineLinks.toText("Sign in as shown in ![the login screen](media/image2.png) below."));
    assertEquals(
        "Report it to the DSL. ",
        InlineLinks.toText("Report it to the DSL. ![](media/image1.png)"));
    assertEquals(
        "A logo and a link.",
        InlineLinks.toText("A ![logo](a.png \"Trust logo\") and [a link](b)."));
  }

  @Test
  void an_escaped_exclamation_mark_before_a_link_is_text() {
    assertEquals("Wow\\!see this", InlineLinks.toText("Wow\\![see](u) this"));
  }

  @Test
  void empty_brackets_that_are_not_an_image_stay_as_written() {
    assertEquals("[](u) stays", InlineLinks.toText("[](u) stays"));
  }

  @Test
  void a_link_wrapped_across_two_lines_is_quoted_as_its_text() throws Exception {
    // Pandoc wraps Markdown at 72 columns, inside a link's text as anywhere else.
    Policy p =
        PolicyParser.parse(
            "p",
            "p.md",
            """
            ## 1. Introduction

            1.1 This policy does *not* replace the Trust's [Grievance
            Policy](https://example.org/grievance.pdf) for complaints about an
            employee's own terms of employment.

            1.2 Concerns can be raised:

            - with the [Chair of
              Trustees](mailto:chair@example.org); or
            - with Protect.
            """
                .getBytes(UTF_8));
    assertEquals(
        "This policy does not replace the Trust's Grievance Policy for complaints about an"
            + " employee's own terms of employment.",
        p.clause("1.1").orElseThrow().text());
    assertEquals(
        "Concerns can be raised: with the Chair of Trustees; or with Protect.",
        p.clause("1.2").orElseThrow().text());
    assertEquals(
        new Block.ItemList(List.of("with the Chair of Trustees; or", "with Protect."), false),
        p.clause("1.2").orElseThrow().blocks().get(1));
  }
}
