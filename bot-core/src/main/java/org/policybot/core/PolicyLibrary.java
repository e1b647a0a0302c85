package org.policybot.core;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.policybot.core.status.LibraryStatus;
import org.policybot.core.status.PolicyStatus;
import org.policybot.core.status.Publication;
import org.policybot.core.status.ReloadResult;
import org.policybot.index.Policy;
import org.policybot.index.check.ReviewDate;
import org.policybot.index.search.PolicyIndex;

/**
 * The live policies: one immutable {@link PolicyIndex} that is replaced whole when HR publishes. A
 * question reads the reference once and is answered entirely from that index, so questions in
 * flight during a swap are answered from the old text or the new, never a mix. Replaced indexes are
 * in memory and left to the garbage collector rather than closed, because a question may still be
 * reading one. Beside the index it keeps who published each policy and the last reload's result,
 * swapped together with the index so a status report never mixes two states. Thread-safe.
 */
public final class PolicyLibrary {

  /** Everything that changes together on a swap. */
  private record State(
      PolicyIndex index,
      Map<String, Publication> publications,
      Optional<ReloadResult> lastReload) {}

  private final AtomicReference<State> live;

  public PolicyLibrary(PolicyIndex initial) {
    this.live =
        new AtomicReference<>(
            new State(Objects.requireNonNull(initial, "initial"), Map.of(), Optional.empty()));
  }

  /** The index questions should be answered from now. */
  public PolicyIndex current() {
    return live.get().index();
  }

  /**
   * Makes a new index live at once; questions already running finish on the old one. Publication
   * records of policies still present are kept.
   */
  public void publish(PolicyIndex next) {
    Objects.requireNonNull(next, "next");
    live.updateAndGet(s -> new State(next, s.publications(), s.lastReload()));
  }

  /**
   * Makes a reloaded index live together with what the status report should say about it.
   *
   * @param next the new index, built aside
   * @param publications who published each policy's live version and when, by policy id; policies
   *     missing here show no publisher
   * @param result the reload that built it
   */
  public void publish(
      PolicyIndex next, Map<String, Publication> publications, ReloadResult result) {
    Objects.requireNonNull(next, "next");
    Map<String, Publication> copy = Map.copyOf(publications);
    Objects.requireNonNull(result, "result");
    live.set(new State(next, copy, Optional.of(result)));
  }

  /**
   * Records a reload that changed nothing live, such as one that refused a broken file and kept the
   * previous version serving.
   */
  public void recordReload(ReloadResult result) {
    Objects.requireNonNull(result, "result");
    live.updateAndGet(s -> new State(s.index(), s.publications(), Optional.of(result)));
  }

  /**
   * The live policies with version, clause count, publisher, review date and the last reload's
   * result.
   *
   * @param clock gives "now" and the time zone that decides which day it is for overdue reviews
   */
  public LibraryStatus status(Clock clock) {
    State state = live.get();
    LocalDate today = LocalDate.now(clock);
    Map<String, String> problems = new HashMap<>();
    state
        .lastReload()
        .ifPresent(r -> r.problems().forEach(p -> problems.putIfAbsent(p.policyId(), p.message())));
    List<PolicyStatus> policies = new ArrayList<>();
    for (Policy p : state.index().policies()) {
      String review = p.metadata().reviewDate();
      Optional<LocalDate> due = ReviewDate.dueBy(review);
      policies.add(
          new PolicyStatus(
              p.id(),
              p.title(),
              p.versionLabel(),
              p.clauses().size(),
              Optional.ofNullable(state.publications().get(p.id())),
              review,
              due,
              due.map(today::isAfter).orElse(false),
              Optional.ofNullable(problems.get(p.id()))));
    }
    return new LibraryStatus(clock.instant(), policies, state.lastReload());
  }
}
