package org.coalition.work;

import java.io.Serializable;
import org.coalition.stakeholder.StakeholderRow;

/** A stakeholder the caller owns whose stance is only assumed: time for a conversation. */
public record ConversationDue(long coalitionId, String coalitionName, StakeholderRow stakeholder)
        implements Serializable {}
