package org.coalition.milestone;

/** A milestone with the progress computed from its tasks. */
public record MilestoneSummary(Milestone milestone, MilestoneProgress progress) implements java.io.Serializable {
}
