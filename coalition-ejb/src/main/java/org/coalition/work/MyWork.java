package org.coalition.work;

import java.util.List;

import org.coalition.milestone.Task;

/**
 * What is on the caller's plate across their coalitions.
 *
 * @param tasks         their tasks not done yet (coalition and milestone fetched), soonest due first
 * @param conversations stakeholders whose relationship they own and whose stance is not verified
 * @param nextSyncs     the next sync of each coalition they work in, soonest first
 */
public record MyWork(List<Task> tasks, List<ConversationDue> conversations, List<NextSync> nextSyncs) implements java.io.Serializable {
}
