package vn.tdkt.commendation.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A case's progress as an official reads it: the stages as steps, each with when it was last acted on, by whom and
 * what was done, the current one marked; and its deadlines, red only when missed. Pure: computed from the record.
 */
public final class CaseProgress {

  /** The steps every nomination goes through; the others (revision, supplement, notice) appear when they happen. */
  static final Set<CaseStage> ALWAYS = EnumSet.of(CaseStage.REGISTRATION, CaseStage.ELIGIBILITY, CaseStage.ENDORSEMENT,
      CaseStage.CLUSTER_REVIEW, CaseStage.APPRAISAL, CaseStage.COUNCIL, CaseStage.DECISION);

  public enum State {
    /** Acted on, passed. */
    DONE,
    /** Where the case is now. */
    CURRENT,
    /** Where a closed case ended without an award. */
    ENDED,
    /** Passed by without being acted on (a cluster round's case skips the cluster review). */
    SKIPPED,
    /** Still ahead. */
    UPCOMING,
    /** Ahead of where a closed case ended: never reached. */
    NOT_REACHED
  }

  /** One step: the last event of its stage (when, who, what), null for a step not acted on. */
  public record Step(CaseStage stage, State state, CaseEvent last) {

    public boolean current() {
      return state == State.CURRENT;
    }
  }

  public enum DeadlineState {
    /** Still open and not yet due. */
    PENDING,
    /** Still open and past its date: shown in red. */
    OVERDUE,
    /** Met: the step was acted on by its date. */
    MET,
    /** Acted on, but after its date. */
    LATE
  }

  /** A deadline as shown: its date and whether it is still open, missed, met or met late (and when it was met). */
  public record Deadline(Instant due, DeadlineState state, Instant doneAt) {

    public boolean overdue() {
      return state == DeadlineState.OVERDUE;
    }
  }

  private CaseProgress() {
  }

  public static List<Step> steps(CommendationCase c) {
    List<CaseEvent> events = c.getEvents();
    Set<CaseStage> shown = EnumSet.copyOf(ALWAYS);
    events.forEach(e -> shown.add(e.getStage()));
    shown.add(c.getStage());
    if (c.getStatus() == CaseStatus.AWARDED) {
      shown.add(CaseStage.ANNOUNCEMENT);
    }
    boolean closed = c.getStatus().isFinal();
    List<Step> steps = new ArrayList<>();
    for (CaseStage stage : shown) {
      CaseEvent last = null;
      for (CaseEvent e : events) {
        if (e.getStage() == stage) {
          last = e;
        }
      }
      int cmp = stage.compareTo(c.getStage());
      State state;
      if (cmp < 0) {
        state = last != null ? State.DONE : State.SKIPPED;
      } else if (cmp == 0) {
        state = !closed ? State.CURRENT : c.getStatus() == CaseStatus.AWARDED ? State.DONE : State.ENDED;
      } else {
        state = closed ? State.NOT_REACHED : State.UPCOMING;
        last = null; // an earlier pass (before a return) is in the history, not ahead
      }
      steps.add(new Step(stage, state, last));
    }
    return steps;
  }

  /** The appraisal's deadline as of {@code now}, or null when none was set. */
  public static Deadline appraisal(CommendationCase c, Instant now) {
    return deadline(c, c.getAppraisalDueAt(), CaseStage.APPRAISAL, now);
  }

  /** The supplement's deadline as of {@code now}, or null when none was set. */
  public static Deadline supplement(CommendationCase c, Instant now) {
    return deadline(c, c.getSupplementDueAt(), CaseStage.SUPPLEMENT, now);
  }

  private static Deadline deadline(CommendationCase c, Instant due, CaseStage stage, Instant now) {
    if (due == null) {
      return null;
    }
    boolean open = c.getStage() == stage && !c.getStatus().isFinal();
    if (open) {
      return new Deadline(due, now.isAfter(due) ? DeadlineState.OVERDUE : DeadlineState.PENDING, null);
    }
    Instant doneAt = null;
    for (CaseEvent e : c.getEvents()) {
      if (e.getStage() == stage) {
        doneAt = e.getAt();
      }
    }
    if (doneAt == null) {
      return new Deadline(due, DeadlineState.PENDING, null);
    }
    return new Deadline(due, doneAt.isAfter(due) ? DeadlineState.LATE : DeadlineState.MET, doneAt);
  }
}
