package org.coalition.access;

import static org.coalition.coalition.CoalitionRole.MEMBER;
import static org.coalition.coalition.CoalitionRole.OBSERVER;
import static org.coalition.coalition.CoalitionRole.SPONSOR;

import java.util.EnumSet;
import java.util.Set;
import org.coalition.coalition.CoalitionRole;

/**
 * Everything one can do in a coalition, with the coalition roles allowed to do it (and whether it takes an
 * executive). This table is the one place that states who may do what: services enforce it, pages ask it.
 */
public enum CoalitionAction {
    VIEW("view the coalition", true, SPONSOR, MEMBER, OBSERVER),
    VIEW_NOTES("read conversation notes and motivations", false, SPONSOR, MEMBER),
    EDIT_COALITION("edit the coalition's objective", false, SPONSOR, MEMBER),
    EDIT_STAKEHOLDERS("edit stakeholders", false, SPONSOR, MEMBER),
    LOG_CONVERSATIONS("log conversations", false, SPONSOR, MEMBER),
    UPDATE_OWN_TASK("update your own tasks", false, SPONSOR, MEMBER),
    /** A sponsor keeps the work moving: they may update anyone's task, not only their own. */
    UPDATE_ANY_TASK("update other people's tasks", false, SPONSOR),
    PROPOSE_MILESTONE("propose milestones", false, SPONSOR, MEMBER),
    MANAGE_TASKS("create and assign tasks", false, SPONSOR, MEMBER),
    POST_UPDATE("post updates to the coalition feed", false, SPONSOR, MEMBER),
    MANAGE_DIFFERENCES("record and resolve differences", false, SPONSOR, MEMBER),
    MANAGE_RHYTHM("set the sync cadence and write sync notes", false, SPONSOR, MEMBER),
    DECIDE_MILESTONE("approve or reject milestones", false, SPONSOR),
    MANAGE_ACCESS("manage who has access", true),
    CHANGE_PHASE("change the coalition's phase", false, SPONSOR, MEMBER),
    ARCHIVE("archive the coalition", false, SPONSOR),
    MANAGE_QUICK_WINS("plan and complete quick wins", false, SPONSOR, MEMBER),
    VIEW_AUDIT("read the audit trail", true, SPONSOR),
    /** Links between people and decision makers. Reading them is VIEW (their notes VIEW_NOTES), like the register. */
    EDIT_INFLUENCE("record influence links and decision makers", false, SPONSOR, MEMBER),
    /** Promises one made oneself. Reading the register is VIEW (what was promised VIEW_NOTES). */
    KEEP_OWN_COMMITMENTS("record your own promises and mark them kept or broken", false, SPONSOR, MEMBER),
    /** A sponsor keeps the register honest: they record and mark anyone's promises, not only their own. */
    KEEP_ANY_COMMITMENTS("record and mark other people's promises", false, SPONSOR),
    /** Current and desired engagement of stakeholders. Reading the matrix and the ranked gaps is VIEW. */
    ASSESS_ENGAGEMENT("rate stakeholders' current and needed engagement", false, SPONSOR, MEMBER),
    /** Blind rating rounds: opening one (and closing one's own early). Seeing outcomes is VIEW, ratings with raters VIEW_NOTES. */
    OPEN_RATING_ROUND("open a blind rating round on stakeholders' stances", false, SPONSOR, MEMBER),
    /** Rating in a round one was asked to rate in (a member or sponsor when it opened). */
    RATE_STANCE("rate stakeholders' stances in a rating round", false, SPONSOR, MEMBER),
    /** A sponsor may close anyone's round early; others only their own. */
    CLOSE_ANY_RATING_ROUND("close other people's rating rounds early", false, SPONSOR),
    /** What members and stakeholders bring, members' levels, the departments the change touches. Reading is VIEW. */
    TAG_COVERAGE("tag what people bring and say which departments the change touches", false, SPONSOR, MEMBER);

    private final String description;
    private final boolean adminMay;
    private final Set<CoalitionRole> roles;

    CoalitionAction(String description, boolean adminMay, CoalitionRole... roles) {
        this.description = description;
        this.adminMay = adminMay;
        this.roles = roles.length == 0 ? EnumSet.noneOf(CoalitionRole.class) : EnumSet.of(roles[0], roles);
    }

    /** Human wording, used in "you may not …" messages. */
    public String description() {
        return description;
    }

    /** Whether an application administrator may do this in any coalition, whatever their role there. */
    public boolean adminMay() {
        return adminMay;
    }

    /**
     * Whether a department administrator may do this in a coalition their department leads: see it and
     * manage who has access to it, nothing else.
     */
    public boolean departmentAdminMay() {
        return this == VIEW || this == MANAGE_ACCESS;
    }

    /** Whether the action changes something (refused once a coalition is closed and archived). */
    public boolean changes() {
        return this != VIEW && this != VIEW_NOTES && this != VIEW_AUDIT;
    }

    /**
     * Whether only an executive holding one of the roles may do this: only an executive sponsor decides on a
     * milestone (a sponsor who is no longer an executive may not).
     */
    public boolean needsExecutive() {
        return this == DECIDE_MILESTONE;
    }

    public boolean allowedFor(CoalitionRole role) {
        return role != null && roles.contains(role);
    }
}
