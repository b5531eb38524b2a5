package org.coalition.api.milestone;

import java.time.LocalDate;

/** A new task: its title, the user name of the sponsor or member who does it, optionally a milestone and a due date. */
public record TaskInput(String title, String assignee, Long milestoneId, LocalDate dueOn) {}
