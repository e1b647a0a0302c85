package org.policybot.index.parse;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the inline markup policy files carry (HTML tags such as {@code <b>} and {@code <sup>},
 * entities, Markdown emphasis and links) so clause text can be quoted word for word. What only
 * Word-to-Markdown converters write (spans, attributes, footnotes) is undone before, by {@link
 * ExportArtefacts}.
 */
final class Markup {

  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*])\\*(?!\\s)([^*]+?)(?<!\\s)\\*(?![\\w*])");
  private static final Pattern CODE = Pattern.compile("`([^`]*)`");
  private static final Pattern SPACE =
      Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("ldquo", "\u201C"),
          Map.entry("rdquo", "\u201D"),
          Map.entry("hellip", "\u2026"),
          Map.entry("pound", "\u00A3"),
          Map.entry("euro", "\u20AC"));

  private Markup() {}

  /**
   * The visible text of one line, whitespace untouched except tabs kept as tabs. Characters {@link
   * Escapes} protected from the markup rules are themselves again, without their backslash.
   */
  static String strip(String line) {
    String s = COMMENT.matcher(line).replaceAll("");
    s = BREAK.matcher(s).replaceAll(" ");
    // Links before tags: an angle-bracketed URL ("<leave form.pdf>") can look like a tag.
    s = InlineLinks.toText(s);
    s = TAG.matcher(s).replaceAll("");
    s = STRONG.matcher(s).replaceAll("$2");
    s = EMPHASIS.matcher(s).replaceAll("$1");
    s = CODE.matcher(s).replaceAll("$1");
    s = s.replace("**", "");
    return Escapes.restore(decodeEntities(s));
  }

  /** Collapses runs of whitespace (tabs, non-breaking spaces) to one space and trims. */
  static String normalizeSpace(String s) {
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  private static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement;
      if (name.startsWith("#")) {
        replacement = codePoint(name);
      } else {
        replacement = NAMED.get(name.toLowerCase(Locale.ROOT));
      }
      m.appendReplacement(
          out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(String ref) {
    try {
      int cp =
          ref.startsWith("#x") || ref.startsWith("#X")
              ? Integer.parseInt(ref.substring(2), 16)
              : Integer.parseInt(ref.substring(1));
      if (!Character.isValidCodePoint(cp) || cp == 0 || Character.isISOControl(cp) && cp != '\t') {
        return "";
      }
      return new String(Character.toChars(cp));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
