package org.coalition.playbook;

/** The coalition pages a playbook step is done on, with their path below the application root. */
public enum PlaybookPage {
    OVERVIEW("coalitions/coalition.xhtml", "Overview"),
    DASHBOARD("coalitions/dashboard.xhtml", "Dashboard"),
    STAKEHOLDERS("coalitions/stakeholders.xhtml", "Stakeholders"),
    MAP("coalitions/map.xhtml", "Map"),
    QUICK_WINS("coalitions/quick-wins.xhtml", "Quick wins"),
    COMMON_GROUND("coalitions/common-ground.xhtml", "Common ground"),
    DIFFERENCES("coalitions/differences.xhtml", "Differences"),
    RHYTHM("coalitions/rhythm.xhtml", "Rhythm"),
    ENGAGEMENT("coalitions/engagement.xhtml", "Engagement"),
    COVERAGE("coalitions/coverage.xhtml", "Coverage");

    private final String path;
    private final String label;

    PlaybookPage(String path, String label) {
        this.path = path;
        this.label = label;
    }

    /** Relative to the application root; the page takes the coalition as its {@code id} parameter. */
    public String path() {
        return path;
    }

    public String label() {
        return label;
    }
}
