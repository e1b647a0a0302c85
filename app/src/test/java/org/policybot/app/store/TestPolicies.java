package org.policybot.app.store;

import java.nio.charset.StandardCharsets;

/** Two versions of an anonymised leave policy, and broken files of every kind the check refuses. */
public final class TestPolicies {

  private TestPolicies() {}

  public static final String ID = "leave-policy";

  /** Version 1: compassionate leave is five days; section 5 covers jury service. */
  public static final String V1 =
      """
      # LEAVE POLICY

      **Document Owner:** HR Director

      **Version:** V1.0

      **Review Date:** February 2040

      ## 4. LEAVE

      4.1 Staff may take up to five days of paid compassionate leave each year after a bereavement.
      4.2 Requests for unpaid leave go to the headteacher in writing.
      4.3 Maternity leave follows the statutory scheme and the trust's enhanced pay table.
      4.4 Paternity leave of two weeks is paid in full.
      4.5 Time off for medical appointments should be arranged outside lessons where possible.
      4.6 Emergency time off for dependants is unpaid and limited to what the emergency needs.
      4.7 Study leave for approved courses is granted at the headteacher's discretion.
      4.8 Leave for religious observance may be requested with four weeks' notice.
      4.9 Leave is not normally granted during the first week of term.

      ## 5. PUBLIC DUTIES

      5.1 Jury service is paid leave; claim the loss of earnings allowance and give it to payroll.
      """;

  /**
   * Version 2: 4.1 says seven days, section 5 (jury service) is gone, and 4.10 (carers) is new
   * beside 4.1.
   */
  public static final String V2 =
      V1.substring(0, V1.indexOf("## 5. PUBLIC DUTIES"))
              .replace("V1.0", "V1.1")
              .replace(
                  "up to five days of paid compassionate leave",
                  "up to seven days of paid compassionate leave")
          + "4.10 Carers may take five days of unpaid carer's leave each year to look after a"
          + " dependant.\n";

  /** Text only version 1 has; after publishing version 2 no answer may quote it. */
  public static final String V1_ONLY = "five days of paid compassionate leave";

  /** Text only version 2 has. */
  public static final String V2_ONLY = "seven days of paid compassionate leave";

  public static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A broken file of each kind the check refuses, with a phrase its error must contain. */
  public enum Broken {
    NO_CLAUSES("# LEAVE POLICY\n\nWe are rewriting this policy.\n", "no numbered clauses found"),
    DUPLICATE_NUMBER(V2.replace("4.3 Maternity", "4.2 Maternity"), "clause 4.2 appears twice"),
    EMPTY_CLAUSE(
        V2.replace("4.4 Paternity leave of two weeks is paid in full.", "4.4"),
        "clause 4.4 has no text"),
    NOT_UTF8(null, "is not valid UTF-8"),
    BINARY(null, "looks like a binary file");

    private final String text;
    public final String expected;

    Broken(String text, String expected) {
      this.text = text;
      this.expected = expected;
    }

    public byte[] bytes() {
      return switch (this) {
        case NOT_UTF8 ->
            V2.replace("Carers", "Carers (caf\u00e9)").getBytes(StandardCharsets.ISO_8859_1);
        case BINARY -> new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        default -> TestPolicies.bytes(text);
      };
    }
  }
}
