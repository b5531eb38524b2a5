package org.coalition.health;

import java.io.Serializable;

/**
 * A record behind a finding, so people can open it.
 *
 * @param kind one of stakeholder, quick-win, difference, member, coalition, decision (a milestone awaiting its decision)
 */
public record Evidence(String kind, long id, String label) implements Serializable {}
