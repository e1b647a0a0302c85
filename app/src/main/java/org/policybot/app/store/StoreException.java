package org.policybot.app.store;

import java.util.Optional;
import org.policybot.index.check.CheckReport;

/** A publish or rollback the store refused, with a message for HR. Nothing live changed. */
public final class StoreException extends Exception {

  private final transient CheckReport report;

  /** A refusal for a reason other than the document's own errors. */
  public StoreException(String message) {
    super(message);
    this.report = null;
  }

  /** A refusal because the document has errors; the report lists them. */
  public StoreException(String message, CheckReport report) {
    super(message);
    this.report = report;
  }

  /** The check that failed, when the document was the problem. */
  public Optional<CheckReport> report() {
    return Optional.ofNullable(report);
  }
}
