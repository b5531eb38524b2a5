package org.coalition.api.milestone;

import org.coalition.milestone.TaskStatus;

/** Where a task stands now, with optional progress notes. */
public record TaskUpdateInput(TaskStatus status, String progressNotes) {}
