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

  private final Map<String, String> fields = new LinkedHashMap<>();

  /** Whether a label names metadata ("Document Owner", "Review date"), not a term of policy. */
  static boolean isLabel(String label) {
    return label.length() <= 60 && LABEL_WORDS.matcher(label).find();
  }

  void add(String label, String value) {
    String l = Markup.normalizeSpace(label).replaceAll("[:\\s]+$", "");
    String v = Markup.normalizeSpace(value);
    if (l.isEmpty() || v.isEmpty() || l.length() > 60) {
      return;
    }
    fields.putIfAbsent(l, v);
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
    return "";
  }

  private String approvalDate() {
    for (var e : fields.entrySet()) {
      String l = e.getKey().toLowerCase(Locale.ROOT);
      // "Approved: 5 February 2025" dates the approval as "Date approved" does; "Approved by"
      // names who approved it.
      if (l.contains("approv") && l.contains("date")
          || l.equals("approved")
          || l.equals("approved on")) {
        return e.getValue();
      }
    }
    return "";
  }

  private String reviewDate() {
    for (var e : fields.entrySet()) {
      String l = e.getKey().toLowerCase(Locale.ROOT);
      if (l.contains("review") && l.contains("date") && !l.contains("meeting")
          || l.equals("next review")
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
