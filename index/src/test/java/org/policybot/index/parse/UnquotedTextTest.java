package org.policybot.index.parse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policybot.index.Policy;
import org.policybot.index.PolicyFormatException;
import org.policybot.index.UnquotedText;
import org.policybot.index.UnquotedText.Place;

/** Text that belongs to no clause is noted, in runs, and what is left out on purpose is not. */
class UnquotedTextTest {

  private static Policy parse(String text) throws PolicyFormatException {
    return PolicyParser.parse("leave-policy", "leave-policy.md", text.getBytes(UTF_8));
  }

  @Test
  void prose_and_a_table_under_a_sub_heading_are_quoted_by_their_section_and_that_heading()
      throws Exception {
    Policy p =
        parse(
            """
            # Sickness Absence Policy

            ## 8. Long-Term Absence

            8.1 Long-term absence is a continuous absence of four weeks or more.

            8.2 Your line manager will contact you every two weeks.

            ### Returning to work

            Before you return, your manager will meet you to agree a phased return.

            | Week | Hours |
            |---|---|
            | 1 | 50% |

            ### Pay during a phased return

            You are paid in full for the hours of a phased return.

            ## 9. Pay

            9.1 Sick pay follows the Burgundy Book.
            """);
    // Section 8 has numbered paragraphs, so "clause 8" alone would not say which text is meant.
    assertEquals(List.of(), p.unquoted());
    assertEquals(
        List.of(
            "8.1", "8.2", "8 under Returning to work", "8 under Pay during a phased return", "9.1"),
        PolicyParserTest.ids(p));
    assertEquals(
        "Before you return, your manager will meet you to agree a phased return. Week Hours 1 50%",
        p.clauses().get(2).text());
    assertEquals("Long-Term Absence", p.clauses().get(2).sectionTitle());
  }

  @Test
  void prose_under_a_heading_beside_the_numbered_ones_is_one_run_at_its_first_line()
      throws Exception {
    Policy p =
        parse(
            """
            # Sickness Absence Policy

            ## 8. Long-Term Absence

            8.1 Long-term absence is a continuous absence of four weeks or more.

            ## Returning to work

            Before you return, your manager will meet you to agree a phased return.

            | Week | Hours |
            |---|---|
            | 1 | 50% |

            ## 9. Pay

            9.1 Sick pay follows the Burgundy Book.
            """);
    assertEquals(
        List.of(new UnquotedText(9, Place.UNDER_HEADING, "", "Returning to work")), p.unquoted());
    assertEquals(List.of("8.1", "9.1"), PolicyParserTest.ids(p));
  }

  @Test
  void an_introduction_before_the_first_section_is_a_run_but_title_trust_and_metadata_are_not()
      throws Exception {
    Policy p =
        parse(
            """
            Northgate Academies Trust
            Staff Attendance Policy

            Owner: Director of People
            Version: 2.1

            | Document control | |
            |---|---|
            | Review date | July 2027 |
            | Applies to | Northgate | Southgate |

            This policy applies to all staff of the Trust, including supply staff
            and volunteers.

            1. Purpose

            1.1 This policy explains how to report absence.
            """);
    assertEquals(List.of(new UnquotedText(12, Place.BEFORE_FIRST_SECTION, "", "")), p.unquoted());
    assertEquals("Staff Attendance Policy", p.title());
    assertEquals("July 2027", p.metadata().reviewDate());
  }

  @Test
  void bold_definitions_straight_under_a_numbered_heading_are_a_run_of_that_section()
      throws Exception {
    Policy p =
        parse(
            """
            # Maternity Policy

            ## 2. Definitions

            **EWC:** the expected week of childbirth.

            **KIT days:** keeping in touch days.

            ## 3. Pay

            3.1 Pay is Statutory Maternity Pay.
            """);
    assertEquals(
        List.of(new UnquotedText(5, Place.UNDER_HEADING, "2", "Definitions")), p.unquoted());
    assertEquals(List.of("3.1"), PolicyParserTest.ids(p));
  }

  @Test
  void lettered_items_under_a_sub_heading_get_no_invented_number() throws Exception {
    Policy p =
        parse(
            """
            # Leave Policy

            ## 1. Annual Leave

            1.1 Support staff take annual leave in school holidays.

            ### Requests in term time

            (a) Requests must be made four weeks in advance.

            (b) Requests are decided by the headteacher.

            ## 2. Sick Leave

            2.1 Report sickness by 7.30am.
            """);
    // "1(a)" alone would read as an item of section 1's lead-in; the heading says where it is.
    assertEquals(
        List.of(
            "1.1", "1(a) under Requests in term time", "1(b) under Requests in term time", "2.1"),
        PolicyParserTest.ids(p));
    assertEquals(List.of(), p.unquoted());
  }

  @Test
  void lettered_items_before_the_first_section_get_no_invented_number() throws Exception {
    Policy p =
        parse(
            """
            # Leave Policy

            The Trust aims to:

            - a. treat requests fairly;
            - b. decide them quickly.

            ## 1. Annual Leave

            1.1 Support staff take annual leave in school holidays.
            """);
    assertEquals(List.of("1.1"), PolicyParserTest.ids(p));
    assertEquals(List.of(new UnquotedText(3, Place.BEFORE_FIRST_SECTION, "", "")), p.unquoted());
  }

  @Test
  void text_in_each_appendix_is_a_run_but_a_blank_form_is_not() throws Exception {
    Policy p =
        parse(
            """
            Lone Working Policy

            1. Procedure

            1.1 Lone workers must sign in on the lone worker app.

            Appendix A Useful Contacts

            The Estates Manager can be contacted on 01234 567890 at any time.

            1. Call the Estates Manager first.

            Appendix B Incident Form

            Name: ..........................   Date: ....................

            Details of the incident:

            Signed: ________________________
            """);
    assertEquals(
        List.of(new UnquotedText(9, Place.IN_APPENDIX, "", "Appendix A Useful Contacts")),
        p.unquoted());
    assertEquals(List.of("1.1"), PolicyParserTest.ids(p));
  }

  @Test
  void a_paragraph_after_a_contents_list_or_version_table_is_a_run_but_entries_and_rows_are_not()
      throws Exception {
    Policy p =
        parse(
            """
            Capability Policy

            Contents
            1. Introduction
            2. Stages

            This policy applies to all staff who have passed
            their probation.

            1. Introduction

            1.1 The Trust will support employees.

            Version history
            Version   Date        Changes
            1.0       Sept 2024   New policy.
            V1.1      Jan 2025    Reviewed with the unions and updated.

            The headteacher may vary this procedure where the employee agrees in writing.

            2. Stages

            2.1 There are two stages.
            """);
    assertEquals(
        List.of(
            new UnquotedText(7, Place.AFTER_CONTENTS_OR_HISTORY, "", "Contents"),
            new UnquotedText(19, Place.AFTER_CONTENTS_OR_HISTORY, "1", "Version history")),
        p.unquoted());
    assertEquals(List.of("1.1", "2.1"), PolicyParserTest.ids(p));
  }

  @Test
  void contents_version_history_metadata_page_furniture_and_comments_are_no_run() throws Exception {
    Policy p =
        parse(
            """
            # Riverside Learning Partnership

            ## Grievance Policy

            **Owner:** HR Manager
            **Version:** 1.0

            ## Contents

            1. Introduction ........ 2
            2. Procedure ........... 3

            ## Version history

            | Version | Date | Change |
            |---|---|---|
            | 1.0 | Sept 2024 | New policy |

            ## 1. Introduction

            1.1 This policy explains how staff can raise a grievance.

            Riverside Learning Partnership
            Page 2 of 4

            1.2 It applies to all staff.

            Riverside Learning Partnership
            Page 3 of 4

            ### Notes for reviewers

            <!-- Checked by the union rep in May; nothing to change. -->

            ## 2. Procedure

            2.1 Raise the matter with your line manager first.

            Riverside Learning Partnership
            Page 4 of 4

            ### Document information

            **Approved by:** Board of Trustees
            **Review date:** July 2027

            <!-- PolicyBot example questions
            2.1: who do I complain to?
            -->
            """);
    assertEquals(List.of(), p.unquoted());
    assertEquals(List.of("1.1", "1.2", "2.1"), PolicyParserTest.ids(p));
  }

  @Test
  void the_bundled_and_example_policies_keep_all_their_text_in_clauses() throws IOException {
    try (Stream<Path> examples = Files.list(Path.of("../policies-examples"))) {
      for (Path file :
          Stream.concat(Stream.of(PolicyParserTest.SEED), examples.sorted()).toList()) {
        assertEquals(List.of(), parseFile(file).unquoted(), file::toString);
      }
    }
  }

  private static Policy parseFile(Path file) throws IOException {
    try {
      return PolicyParser.parse(file);
    } catch (PolicyFormatException e) {
      throw new AssertionError(e);
    }
  }
}
