package org.coalition.exchange;

/** The verdict on one row of an import file. */
public enum RowStatus {
    /** Will be imported. */
    VALID,
    /** Breaks a rule of the stakeholder form; never imported. */
    INVALID,
    /** Valid, but likely someone already in the register or earlier in the file; imported only when asked. */
    DUPLICATE
}
