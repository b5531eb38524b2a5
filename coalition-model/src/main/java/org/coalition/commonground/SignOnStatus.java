package org.coalition.commonground;

/** Whether a stakeholder has signed on to the shared purpose, as framed for them. */
public enum SignOnStatus {
    NOT_ASKED("Not asked"),
    CONSIDERING("Considering"),
    SIGNED_ON("Signed on"),
    DECLINED("Declined");

    private final String label;

    SignOnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
