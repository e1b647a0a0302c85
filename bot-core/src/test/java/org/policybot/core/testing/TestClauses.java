package org.policybot.core.testing;

import java.util.List;
import org.policybot.core.CitedClause;
import org.policybot.index.Block;
import org.policybot.index.Block.ItemList;
import org.policybot.index.Block.Prose;
import org.policybot.index.Block.Table;
import org.policybot.index.Clause;

/**
 * Quoted clauses with tables and lists, as the parser gives them, for every channel's renderer
 * tests: the maternity pay table, the lone-working bullets, and a table and list of hostile text.
 */
public final class TestClauses {

  private TestClauses() {}

  /** Maternity Leave and Pay Policy 4.1: a sentence, then a table with a header row. */
  public static CitedClause maternityPay() {
    return clause(
        "maternity-leave-policy",
        "Maternity Leave and Pay Policy",
        "4.1",
        "Maternity Pay",
        List.of(
            new Prose(
                "The pay an employee receives depends on her length of continuous service, as set"
                    + " out in the table below."),
            new Table(
                List.of(
                    "Continuous service at the 11th week before the EWC",
                    "Occupational maternity pay"),
                List.of(
                    List.of(
                        "Less than 26 weeks",
                        "No occupational pay. She may be entitled to Maternity Allowance from the"
                            + " DWP."),
                    List.of(
                        "26 weeks but less than one year (support staff)",
                        "SMP only: 6 weeks at 90% of average weekly earnings, then 33 weeks at the"
                            + " standard rate."),
                    List.of(
                        "One year or more (teachers and support staff)",
                        "4 weeks at full pay; 2 weeks at 90% of a week's pay; 12 weeks at half pay"
                            + " plus SMP; then 21 weeks at the standard rate of SMP.")))));
  }

  /** Lone Working Policy 3.1: a lead-in, then bullets. */
  public static CitedClause signingIn() {
    return clause(
        "lone-working-policy",
        "Lone Working Policy",
        "3.1",
        "Working Alone on Site",
        List.of(
            new Prose(
                "Site staff opening or locking up a building must use the signing-in procedure"
                    + " set out below."),
            new ItemList(
                List.of(
                    "Sign in on the lone worker app on arrival",
                    "Confirm the expected finish time",
                    "Sign out on leaving the site"),
                false)));
  }

  /** The words a hostile policy file could put in a table cell or a list item. */
  public static final List<String> HOSTILE =
      List.of("a | b", "<script>alert(1)</script>", "*bold*", "Tom & Jerry", "> not a quote");

  /**
   * A table whose header and cells, and a list whose items, hold {@link #HOSTILE} text, each of
   * which must come out as written, inert.
   */
  public static CitedClause hostile() {
    return clause(
        "p",
        "Policy",
        "2.1",
        "Rates",
        List.of(
            new Prose("Rates:"),
            new Table(
                List.of(HOSTILE.get(0), HOSTILE.get(1)),
                List.of(List.of(HOSTILE.get(2), HOSTILE.get(3)), List.of(HOSTILE.get(4), "_x_"))),
            new ItemList(HOSTILE, false)));
  }

  /** A quoted clause with these blocks; its flat text is their words, as the parser makes it. */
  public static CitedClause clause(
      String policyId, String title, String id, String section, List<Block> blocks) {
    String text = String.join(" ", blocks.stream().map(Block::words).toList());
    String url = "http://localhost:8080/policies/" + policyId + "#" + Clause.anchorFor(id);
    return new CitedClause(policyId, title, "V1.0", id, section, text, "", url, blocks);
  }
}
