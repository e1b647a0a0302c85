package org.policybot.app.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of one policy's versions: {@code 000007.md} holds version 7's bytes and {@code
 * 000007.properties} its record (time, publisher, label, hash, action, format, and whether it is
 * still pending). A record is written only after its content, so a record always has its bytes. The
 * bytes file is named {@code .md} whatever the format, as it always was; the record's {@code
 * format} says how they are read, and records written before it existed have none.
 */
final class VersionFiles {

  private static final Pattern NAME = Pattern.compile("(\\d{6})\\.(md|properties)");

  /** A version record as stored, with its files. */
  record Entry(StoredVersion version, boolean pending, Path record, Path content) {}

  private final Path folder;
  private final StepHook hook;

  VersionFiles(Path folder, StepHook hook) {
    this.folder = folder;
    this.hook = hook;
  }

  /** One more than the highest number used, so a number is never reused. */
  static int nextNumber(Path folder) throws IOException {
    int max = 0;
    if (Files.isDirectory(folder)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
        for (Path f : files) {
          Matcher m = NAME.matcher(f.getFileName().toString());
          if (m.matches()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
          }
        }
      }
    }
    return max + 1;
  }

  void writeContent(int number, byte[] content) throws IOException {
    Files.createDirectories(folder);
    AtomicFiles.write(
        contentFile(number),
        content,
        hook,
        StepHook.Step.VERSION_TEMP_WRITTEN,
        StepHook.Step.VERSION_STORED);
  }

  void writeEntry(StoredVersion v, boolean pending, StepHook.Step written, StepHook.Step moved)
      throws IOException {
    Properties p = new Properties();
    p.setProperty("policy", v.policyId());
    p.setProperty("number", Integer.toString(v.number()));
    p.setProperty("at", v.at().toString());
    p.setProperty("by", v.by());
    p.setProperty("label", v.label());
    p.setProperty("sha256", v.sha256());
    p.setProperty("action", v.action().name());
    p.setProperty("rollbackOf", Integer.toString(v.rollbackOf()));
    v.format().ifPresent(f -> p.setProperty("format", f.key()));
    p.setProperty("state", pending ? "pending" : "committed");
    StringWriter out = new StringWriter();
    p.store(out, "PolicyBot policy version; written by policybot publish/rollback");
    AtomicFiles.write(
        recordFile(v.number()),
        out.toString().getBytes(StandardCharsets.UTF_8),
        hook,
        written,
        moved);
  }

  /** Every record, in number order. */
  List<Entry> read(String policyId) throws IOException {
    List<Entry> out = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    List<Path> records = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.properties")) {
      files.forEach(records::add);
    }
    records.sort(null);
    for (Path f : records) {
      Matcher m = NAME.matcher(f.getFileName().toString());
      if (m.matches()) {
        out.add(parse(policyId, Integer.parseInt(m.group(1)), f));
      }
    }
    return out;
  }

  /** Temporaries and version bytes without a record: both are a crash's leftovers. */
  void deleteLeftovers() throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path f : files) {
        Matcher m = NAME.matcher(f.getFileName().toString());
        boolean orphan =
            m.matches()
                && m.group(2).equals("md")
                && !Files.exists(recordFile(Integer.parseInt(m.group(1))));
        if (AtomicFiles.isTemp(f) || orphan) {
          leftovers.add(f);
        }
      }
    }
    for (Path f : leftovers) {
      Files.deleteIfExists(f);
    }
  }

  /** Drops a pending version that never reached the live file: record first, then bytes. */
  void delete(Entry e) throws IOException {
    Files.deleteIfExists(e.record());
    Files.deleteIfExists(e.content());
    AtomicFiles.syncDirectory(folder);
  }

  private Entry parse(String policyId, int number, Path file) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    try {
      StoredVersion v =
          new StoredVersion(
              p.getProperty("policy", policyId),
              Integer.parseInt(p.getProperty("number", "0")),
              Instant.parse(p.getProperty("at", "")),
              p.getProperty("by", ""),
              p.getProperty("label", ""),
              p.getProperty("sha256", ""),
              StoredVersion.Action.valueOf(p.getProperty("action", "").toUpperCase(Locale.ROOT)),
              Integer.parseInt(p.getProperty("rollbackOf", "0")),
              Optional.ofNullable(p.getProperty("format")).map(PolicyFormat::ofKey));
      if (v.number() != number || !v.policyId().equals(policyId)) {
        throw new IllegalArgumentException(
            "record says " + v.policyId() + " version " + v.number());
      }
      return new Entry(v, "pending".equals(p.getProperty("state")), file, contentFile(number));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IOException("version record " + file + " is damaged: " + e.getMessage(), e);
    }
  }

  private Path contentFile(int number) {
    return folder.resolve(String.format(Locale.ROOT, "%06d.md", number));
  }

  private Path recordFile(int number) {
    return folder.resolve(String.format(Locale.ROOT, "%06d.properties", number));
  }
}
