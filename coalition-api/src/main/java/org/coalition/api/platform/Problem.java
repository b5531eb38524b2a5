package org.coalition.api.platform;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as RFC 9457 describes it ({@code application/problem+json}): what kind of problem, a short title, the
 * status, an explanation meant for a person, for invalid input the fields at fault with their messages, and for a
 * refusal of a service its values ({@code arguments}, an extension member) so a client can word it itself.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "arguments"})
public record Problem(
        @Schema(
                description = "What kind of problem: urn:coalition:problem: followed by one of the names listed. "
                        + "A refusal of a service has its own stable name (e.g. only-sponsor-decides).",
                enumeration = {
                    // the HTTP-level problems
                    "validation",
                    "unauthorized",
                    "forbidden",
                    "not-found",
                    "unreadable",
                    "stale",
                    "internal",
                    "if-match-required",
                    // one per refusal (org.coalition.shared.Refusal), checked by ProblemTypesTest
                    "concurrent-edit",
                    "milestone-decided-meanwhile",
                    "no-coalition",
                    "no-coalition-number",
                    "no-stakeholder",
                    "no-difference",
                    "no-milestone",
                    "no-task",
                    "no-template",
                    "no-quick-win",
                    "nobody-called",
                    "has-no-role",
                    "nothing-recorded",
                    "archived",
                    "no-role",
                    "role-may-not",
                    "only-sponsor-decides",
                    "only-own-tasks",
                    "not-executive",
                    "sponsors-among-executives",
                    "erase-yourself",
                    "decision-first",
                    "rationale-first",
                    "stakeholder-not-on-map",
                    "person-not-part",
                    "difference-in-discussion",
                    "difference-resolved-reopen",
                    "difference-resolved-add-position",
                    "difference-resolved-change-options",
                    "difference-already-resolved",
                    "difference-unresolved",
                    "resolution-needs",
                    "choose-party-who",
                    "milestone-approved-no-change",
                    "milestone-approved-nothing",
                    "milestone-waiting",
                    "milestone-already-decided",
                    "milestone-other-coalition",
                    "tasks-to-members",
                    "say-why-stance",
                    "owner-member",
                    "one-on-one-planned",
                    "one-on-one-planned-due",
                    "empty-conversation",
                    "template-exists",
                    "participants",
                    "quick-win-already",
                    "outcome-first",
                    "only-own-stakeholders",
                    "framing-own-motivations",
                    "phase-closed",
                    "phase-already",
                    "phase-one-step",
                    "phase-one-step-back",
                    "no-quick-win-warning",
                    "closing-needs-retrospective",
                    "as-said",
                    "no-influence-link",
                    "influence-self",
                    "influence-exists",
                    "influence-other-coalition",
                    "influence-not-member",
                    "decider-not-decision-maker",
                    "no-commitment",
                    "commitment-due-before-made",
                    "commitment-to-self",
                    "commitment-other-conversation",
                    "commitment-outcome-needs-date",
                    "commitment-settled-before-made",
                    "commitment-settled-in-future",
                    "commitment-other-coalition",
                    "commitment-not-member",
                    "only-own-commitments",
                    "link-import-field-twice",
                    "link-import-who-and-whom",
                    "link-import-too-many-rows",
                    "no-rating-round",
                    "rating-round-empty",
                    "rating-round-too-large",
                    "rating-round-other-coalition",
                    "rating-round-closed",
                    "rating-not-in-round",
                    "rating-already-given",
                    "rating-not-rater",
                    "rating-none-given",
                    "ratings-hidden-until-close",
                    "only-opener-closes-round",
                    "coverage-not-member",
                    "coverage-other-coalition",
                    "no-coverage-tag",
                    "department-touched-already",
                    "no-touched-department",
                    // a refused row of a link import (said.linkImport.*), and a file that is no table
                    "link-import-missing-person",
                    "link-import-unknown-person",
                    "link-import-ambiguous",
                    "link-import-to-member",
                    "link-import-self",
                    "link-import-exists",
                    "link-import-twice-in-file",
                    "link-import-bad-strength",
                    "link-import-bad-kind",
                    "link-import-note-too-long",
                    "unreadable-file"
                })
        String type,

        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,

        @Schema(
                description =
                        "The values of a refused request's sentence, in order (names of roles, phases, "
                                + "states and actions as their constant, e.g. OBSERVER, DECIDE_MILESTONE); absent for other problems")
        List<Object> arguments) {

    /** A problem that is not a refusal of a service: no arguments. */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = new MediaType("application", "problem+json");

    /** One invalid field of the request and why. */
    public record FieldError(String field, String message) {}

    /** A problem type as a URI that names it (the catalogue is in the README). */
    public static String type(String slug) {
        return "urn:coalition:problem:" + slug;
    }
}
