package org.coalition.api.milestone;

/** An executive sponsor's decision on a proposed milestone. */
public record DecisionInput(Boolean approve, String comment) {}
