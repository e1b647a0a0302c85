package org.policybot.core.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads evaluation files: one question per line, a tab, then the acceptable clause ids separated by
 * commas (best first) or {@code NONE}. Lines starting with {@code #} are comments. A first row
 * whose second column is a column name ({@code question<TAB>clauses}, as a spreadsheet exports it)
 * is a header and skipped.
 */
public final class EvalSet {

  /**
   * Column names a header row may have over the clause ids. Only these: a clause id always has a
   * digit, so none of them can be one, and anything else is left to fail as a row.
   */
  private static final Set<String> HEADER_WORDS =
      Set.of("clause", "clauses", "clause id", "clause ids", "clause_id", "clause_ids", "expected");

  private EvalSet() {}

  public static List<EvalQuestion> read(Path file) throws IOException {
    return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  public static List<EvalQuestion> parse(String source, String content) {
    List<EvalQuestion> rows = new ArrayList<>();
    String[] lines = content.split("\\r?\\n");
    boolean seenRow = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException(
            source + ":" + (i + 1) + ": expected 'question<TAB>clause ids or NONE'");
      }
      String question = line.substring(0, tab).strip();
      String ids = line.substring(tab + 1).strip();
      boolean first = !seenRow;
      seenRow = true;
      if (first && HEADER_WORDS.contains(ids.toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<String> acceptable = new ArrayList<>();
      if (!ids.equalsIgnoreCase("NONE")) {
        for (String id : ids.split(",")) {
          if (!id.isBlank()) {
            acceptable.add(EvalQuestion.normalise(id));
          }
        }
      }
      rows.add(new EvalQuestion(i + 1, question, acceptable));
    }
    return rows;
  }
}
