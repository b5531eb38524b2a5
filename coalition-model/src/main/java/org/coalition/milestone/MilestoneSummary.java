package org.coalition.milestone;

import java.io.Serializable;

/** A milestone with the progress computed from its tasks. */
public record MilestoneSummary(Milestone milestone, MilestoneProgress progress) implements Serializable {}
