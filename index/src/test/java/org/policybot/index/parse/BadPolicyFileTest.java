package org.policybot.index.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policybot.index.PolicyFormatException;

class BadPolicyFileTest {

  static PolicyFormatException reject(String content) {
    return reject(content.getBytes(StandardCharsets.UTF_8));
  }

  static PolicyFormatException reject(byte[] content) {
    return assertThrows(
        PolicyFormatException.class, () -> PolicyParser.parse("bad", "bad.md", content));
  }

  @Test
  void a_file_without_numbered_clauses_is_refused_with_the_shapes_it_expects() {
    PolicyFormatException e = reject("# Notes\n\nJust some prose about nothing in particular.\n");
    assertTrue(e.getMessage().startsWith("bad.md: no numbered clauses found"), e.getMessage());
    assertEquals("bad.md", e.source());
  }

  /**
   * A defect of the parser (a first version of the one-line metadata reader threw on "| | |") must
   * refuse only the file it met, with an error that names it, as a malformed file is refused; an
   * exception escaping the parser would have stopped every policy's reload.
   */
  @Test
  void a_failure_inside_the_parser_refuses_the_file_with_an_error_naming_it() {
    PolicyFormatException e =
        assertThrows(
            PolicyFormatException.class,
            () ->
                PolicyParser.guarded(
                    "leave-policy.md",
                    () -> {
                      throw new ArrayIndexOutOfBoundsException("Index 0 out of bounds");
                    }));
    assertEquals("leave-policy.md", e.source());
    assertTrue(
        e.getMessage()
            .startsWith(
                "leave-policy.md: could not be read: the parser failed on it"
                    + " (ArrayIndexOutOfBoundsException)"),
        e.getMessage());
  }

  @Test
  void an_empty_file_is_refused() {
    assertTrue(reject("").getMessage().contains("no numbered clauses"));
  }

  @Test
  void duplicate_clause_numbers_name_both_lines() {
    PolicyFormatException e = reject("1. Scope\n\n1.1 First.\n1.2 Second.\n1.1 Again.\n");
    assertEquals(5, e.line());
    assertTrue(
        e.getMessage().contains("clause 1.1 appears twice (first at line 3)"), e.getMessage());
  }

  @Test
  void a_duplicate_number_without_a_restart_keeps_the_plain_message() {
    PolicyFormatException e = reject("1. Scope\n\n1.1 First.\n1.2 Second.\n1.1 Again.\n");
    assertEquals(
        "bad.md:5: clause 1.1 appears twice (first at line 3); clause numbers must be unique",
        e.getMessage());
  }

  @Test
  void numbering_that_starts_again_under_a_part_heading_says_what_to_do() {
    PolicyFormatException e =
        reject(
            """
            # Pay Policy

            # Part A – Teachers

            ## 1. Pay Progression

            1.1 Pay progression is not automatic.

            ## 2. Allowances

            2.1 TLR payments are awarded for additional responsibility.

            # Part B – Support Staff

            ## 1. Pay Scales

            1.1 Support staff are paid on the NJC pay spine.
            """);
    assertEquals(17, e.line());
    assertEquals(
        "bad.md:17: clause 1.1 appears twice (first at line 7): the numbering starts again after"
            + " \"Part B – Support Staff\" (line 13), but a clause number must be used once in a"
            + " policy, as staff are given it in answers. Number on from the last clause before it"
            + " (2.1), or save each part as a policy file of its own",
        e.getMessage());
  }

  @Test
  void a_flat_list_that_starts_again_under_each_heading_says_what_to_do() {
    PolicyFormatException e =
        reject(
            """
            # Staff Code of Conduct

            ## Dress

            1. Staff must dress in a professional manner.
            2. Jeans and trainers are not allowed except on non-uniform days.

            ## Mobile Phones

            1. Personal phones must be kept on silent during lessons.
            """);
    assertEquals(
        "bad.md:10: clause 1 appears twice (first at line 5): the numbering starts again after"
            + " \"Mobile Phones\" (line 8), but a clause number must be used once in a policy, as"
            + " staff are given it in answers. Number on from the last clause before it (2), or"
            + " number each heading and the clauses under it (1.1, 1.2 under the first heading,"
            + " 2.1, 2.2 under the second)",
        e.getMessage());
  }

  @Test
  void a_list_that_starts_again_under_each_numbered_heading_says_what_to_do() {
    PolicyFormatException e =
        reject(
            """
            1. Purpose

            1. This policy sets out how staff report absence.

            2. Reporting absence

            1. Telephone your line manager before 7.30am.
            """);
    assertEquals(
        "bad.md:7: clause 1 appears twice (first at line 3): the numbering starts again after"
            + " \"Reporting absence\" (line 5), but a clause number must be used once in a policy,"
            + " as staff are given it in answers. Number the clauses under each numbered heading"
            + " from its number (2.1, 2.2 under \"2. Reporting absence\")",
        e.getMessage());
  }

  @Test
  void duplicate_lettered_items_are_refused() {
    PolicyFormatException e = reject("## 4.1 Privacy\n\n- a. One.\n- b. Two.\n- a. Three.\n");
    assertTrue(e.getMessage().contains("clause 4.1(a) appears twice"), e.getMessage());
  }

  @Test
  void binary_content_is_refused() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 0, 0};
    PolicyFormatException e = reject(zip);
    assertTrue(e.getMessage().contains("binary"), e.getMessage());
  }

  @Test
  void invalid_utf8_names_the_line_of_the_bad_byte() {
    byte[] latin1 = "1. Scope\n\n1.1 Caf\u00e9 staff.\n".getBytes(StandardCharsets.ISO_8859_1);
    PolicyFormatException e = reject(latin1);
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
  }

  @Test
  void a_numbered_clause_without_text_is_refused() {
    PolicyFormatException e = reject("1. Scope\n\n1.1\n\n1.2 Text.\n");
    assertTrue(e.getMessage().contains("clause 1.1 has no text"), e.getMessage());
  }

  @Test
  void files_over_five_megabytes_are_refused_before_parsing() {
    byte[] big = new byte[SourceText.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    assertTrue(reject(big).getMessage().contains("at most 5242880 bytes"));
  }
}
