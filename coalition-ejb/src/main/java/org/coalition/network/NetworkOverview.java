package org.coalition.network;

import java.util.List;

/** What the network page shows: the network, and the decisions awaited with whether each would pass today. */
public record NetworkOverview(InfluenceNetwork network, List<PendingDecision> decisions) {}
