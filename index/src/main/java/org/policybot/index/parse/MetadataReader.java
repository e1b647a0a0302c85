package org.policybot.index.parse;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.policybot.index.PolicyMetadata;

/**
 * Collects the label/value pairs of a policy's front matter (a metadata table, {@code **Owner:**}
 * lines) and recognises the ones PolicyBot shows: owner, reference, version, approval and review
 * dates. Labels vary between trusts, so recognition goes by the words a label contains.
 */
final class MetadataReader {

  /** The words of a metadata label: who owns or approved the document, its version and dates. */
  private static final Pattern LABEL_WORDS =
      Pattern.compile(
          "(?i)\\b(owner|author|reference|version|approv\\w*|ratified|adopted|review\\w*|date|status)\\b");

  /**
   * Between the fields of a one-line summary ("Version: 3.0 | Approved: 12 March 2024 | Review:
   * March 2026"): a bar or a tab.
   */
  private static final Pattern FIELD_GAP = Pattern.compile("\\s*\\|\\s*|\\t+");

  /** One field of such a line: "Approved: 12 March 2024". */
  private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z /&'()-]{0,40}?):\\s*(.+)");

  /** A version written without a colon: "Version 3.0", "V3.0". */
  private static final Pattern BARE_VERSION =
      Pattern.compile("(?i)(?:version|v)\\s*(\\d+(?:\\.\\d+)*[a-z]?)");

  /** A date inside a longer value: "Board of Trustees, 12 March 2024". */
  private static final String DATE_WORDS =
      "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
          + "[a-z]*\\.?\\s+\\d{4}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}";

  private static final Pattern DATE = Pattern.compile("(?i)\\b(?:" + DATE_WORDS + ")\\b");

  /** An approval written as a phrase: "Approved by Trustees on 9 July 2025". */
  private static final Pattern APPROVED_ON =
      Pattern.compile(
          "(?i)((?:approved|ratified|adopted)(?: by [a-z ]{1,40}?)?)(?: on| in)?\\s+("
              + DATE_WORDS
              + ")\\.?");

  /** A version as a history table's first column gives it: "2.0", "V1.1". */
  private static final Pattern HISTORY_VERSION =
      Pattern.compile("(?i)v?(\\d{1,3}(?:\\.\\d{1,3}){0,2})");

  /**
   * A "Review:" value that says when: "March 2026", "Summer term 2027"; not "The policy will be
   * reviewed every two years".
   */
  private static final Pattern REVIEW_WHEN =
      Pattern.compile(
          "(?i)^(?:\\d{1,2}\\s+)?[a-z]*\\s*(?:term\\s+)?\\d{4}$|\\d{1,2}/\\d{1,2}/\\d{2,4}");

  private final Map<String, String> fields = new LinkedHashMap<>();

  /** The latest version a history table lists, or empty. */
  private String latestListed = "";

  /** Whether a label names metadata ("Document Owner", "Review date"), not a term of policy. */
  static boolean isLabel(String label) {
    return label.length() <= 60 && LABEL_WORDS.matcher(label).find();
  }

  /**
   * Adds a field. A value that goes on into more labelled fields on the same line ("3.0 | Approved:
   * 12 March 2024 | Review: March 2026") gives each its own; a value with a bar but no label after
   * it ("Board of Trustees | Local Governing Body") is kept whole.
   */
  void add(String label, String value) {
    String[] parts = FIELD_GAP.split(value.strip());
    if (parts.length > 1 && readFields(parts, 1)) {
      put(label, parts[0]);
      return;
    }
    put(label, value);
  }

  /**
   * Reads a line of front matter that starts with a field written without a colon: "Version 3.0 |
   * Approved: 12 March 2024 | Review: March 2026", or "Approved by Trustees on 9 July 2025".
   *
   * @return whether the line was such a line, its fields now read
   */
  boolean addLine(String text) {
    String[] parts = FIELD_GAP.split(text.strip());
    if (parts.length == 0) {
      return false; // "| | |": the empty header row of a front-matter table
    }
    boolean phrase =
        BARE_VERSION.matcher(parts[0]).matches() || APPROVED_ON.matcher(parts[0]).matches();
    return phrase && readFields(parts, 0);
  }

  /** Adds the fields of {@code parts} from {@code from} on, if every one is a metadata field. */
  private boolean readFields(String[] parts, int from) {
    Map<String, String> read = new LinkedHashMap<>();
    for (int i = from; i < parts.length; i++) {
      var m = FIELD.matcher(parts[i]);
      var version = BARE_VERSION.matcher(parts[i]);
      var approved = APPROVED_ON.matcher(parts[i]);
      if (m.matches() && isLabel(m.group(1))) {
        read.putIfAbsent(m.group(1), m.group(2));
      } else if (version.matches()) {
        read.putIfAbsent("Version", version.group(1));
      } else if (approved.matches()) {
        read.putIfAbsent(approved.group(1), approved.group(2)); // "Approved by Trustees", the date
      } else {
        return false;
      }
    }
    read.forEach(this::put);
    return true;
  }

  private void put(String label, String value) {
    String l = Markup.normalizeSpace(label).replaceAll("[:\\s]+$", "");
    String v = Markup.normalizeSpace(value);
    if (l.isEmpty() || v.isEmpty() || l.length() > 60) {
      return;
    }
    fields.putIfAbsent(l, v);
  }

  /**
   * A row of a version-history table, by its first cell: the highest version listed is the policy's
   * version when no field states one. Rows may run oldest or newest first.
   */
  void historyRow(String firstCell) {
    var m = HISTORY_VERSION.matcher(firstCell.strip());
    if (m.matches() && (latestListed.isEmpty() || compareVersions(m.group(1), latestListed) > 0)) {
      latestListed = m.group(1);
    }
  }

  private static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c =
          Integer.compare(
              i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  PolicyMetadata build() {
    return new PolicyMetadata(
        find("owner"), find("reference"), version(), approvalDate(), reviewDate(), fields);
  }

  /** An explicit title field, when the front matter has one. */
  String title() {
    for (var e : fields.entrySet()) {
      String l = e.getKey().toLowerCase(Locale.ROOT);
      if (l.equals("title") || l.equals("policy title") || l.equals("policy name")) {
        return e.getValue();
      }
    }
    return "";
  }

  private String version() {
    for (var e : fields.entrySet()) {
      String l = e.getKey().toLowerCase(Locale.ROOT);
      if (l.contains("version") && !l.contains("date") && !l.contains("control")) {
        String v = e.getValue();
        return v.matches("\\d+(\\.\\d+)*") ? "V" + v : v;
      }
    }
    return latestListed.isEmpty() ? "" : "V" + latestListed;
  }

  private String approvalDate() {
    for (var e : fields.entrySet()) {
      String l = e.getKey().toLowerCase(Locale.ROOT);
      // "Approved: 5 February 2025" dates the approval as "Date approved" does; "Approved by"
      // names who approved it.
      if (l.contains("approv") && l.contains("date")
          || l.equals("approved")
          || l.equals("approved on")) {
        // "Approved | Trust Board, 5 February 2025": the date, without who.
        var date = DATE.matcher(e.getValue());
        return date.find() ? date.group() : e.getValue();
      }
    }
    // "Approved by | Board of Trustees, 12 March 2024": who approved it, and when.
    for (var e : fields.entrySet()) {
      String l = e.getKey().toLowerCase(Locale.ROOT);
      var date = DATE.matcher(e.getValue());
      if ((l.contains("approv") || l.contains("ratified") || l.contains("adopted"))
          && date.find()) {
        return date.group();
      }
    }
    return "";
  }

  private String reviewDate() {
    for (var e : fields.entrySet()) {
      String l = e.getKey().toLowerCase(Locale.ROOT);
      if (l.contains("review") && l.contains("date") && !l.contains("meeting")
          || l.equals("next review")
          || l.equals("review") && REVIEW_WHEN.matcher(e.getValue()).find()
          || l.equals("review due")) {
        return e.getValue();
      }
    }
    return "";
  }

  private String find(String... words) {
    for (var e : fields.entrySet()) {
      String l = e.getKey().toLowerCase(Locale.ROOT);
      boolean all = true;
      for (String w : words) {
        all &= l.contains(w);
      }
      if (all) {
        return e.getValue();
      }
    }
    return "";
  }
}
