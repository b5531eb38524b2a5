package org.coalition.trust;

/** The small collaborative efforts that build trust before the main initiative. */
public enum QuickWinKind {
    PILOT("Pilot"),
    WHITE_PAPER("Short white paper"),
    LOW_STAKES_UPDATE("Low-stakes update to a director"),
    OTHER("Other");

    private final String label;

    QuickWinKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
