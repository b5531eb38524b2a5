package org.coalition.stakeholder;

/** Where a stakeholder stands on the coalition's objective, from champion to opponent. */
public enum Stance {
    CHAMPION("Champion", 5, "#15803d"),
    SUPPORTER("Supporter", 4, "#65a30d"),
    NEUTRAL("Neutral", 3, "#6b7280"),
    SKEPTIC("Skeptic", 2, "#d97706"),
    OPPONENT("Opponent", 1, "#b91c1c");

    private final String label;
    private final int score;
    private final String colour;

    Stance(String label, int score, String colour) {
        this.label = label;
        this.score = score;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** 5 for a champion down to 1 for an opponent: a fall in score is a stance that got worse. */
    public int score() {
        return score;
    }

    /** The colour of this stance's dot on the stakeholder map. */
    public String colour() {
        return colour;
    }
}
