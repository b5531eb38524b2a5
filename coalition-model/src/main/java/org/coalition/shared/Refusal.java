package org.coalition.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every expected refusal of the application, as a key and the number of its arguments. The words live elsewhere:
 * English in {@code Refusals.properties} next to this class (for logs and the API's detail), both languages of the
 * pages in the web bundles under the same key; the API names each refusal by its {@link #problemType()}.
 * Arguments are shown as they are, except {@link Subject}s and enum constants, which each side puts into words.
 */
public enum Refusal {
    CONCURRENT_EDIT("concurrentEdit", 1),
    MILESTONE_DECIDED_MEANWHILE("milestoneDecidedMeanwhile", 2),
    NO_COALITION("noCoalition", 1),
    NO_COALITION_NUMBER("noCoalitionNumber", 0),
    NO_STAKEHOLDER("noStakeholder", 1),
    NO_DIFFERENCE("noDifference", 1),
    NO_MILESTONE("noMilestone", 1),
    NO_TASK("noTask", 1),
    NO_TEMPLATE("noTemplate", 1),
    NO_QUICK_WIN("noQuickWin", 1),
    NOBODY_CALLED("nobodyCalled", 1),
    HAS_NO_ROLE("hasNoRole", 1),
    NOTHING_RECORDED("nothingRecorded", 1),
    ARCHIVED("archived", 0),
    NO_ROLE("noRole", 0),
    ROLE_MAY_NOT("roleMayNot", 2),
    ONLY_SPONSOR_DECIDES("onlySponsorDecides", 0),
    ONLY_OWN_TASKS("onlyOwnTasks", 1),
    NOT_EXECUTIVE("notExecutive", 1),
    SPONSORS_AMONG_EXECUTIVES("sponsorsAmongExecutives", 0),
    ERASE_YOURSELF("eraseYourself", 0),
    DECISION_FIRST("decisionFirst", 0),
    RATIONALE_FIRST("rationaleFirst", 0),
    STAKEHOLDER_NOT_ON_MAP("stakeholderNotOnMap", 0),
    PERSON_NOT_PART("personNotPart", 0),
    DIFFERENCE_IN_DISCUSSION("differenceInDiscussion", 0),
    DIFFERENCE_RESOLVED_REOPEN("differenceResolvedReopen", 0),
    DIFFERENCE_RESOLVED_ADD_POSITION("differenceResolvedAddPosition", 0),
    DIFFERENCE_RESOLVED_CHANGE_OPTIONS("differenceResolvedChangeOptions", 0),
    DIFFERENCE_ALREADY_RESOLVED("differenceAlreadyResolved", 0),
    DIFFERENCE_UNRESOLVED("differenceUnresolved", 0),
    RESOLUTION_NEEDS("resolutionNeeds", 0),
    CHOOSE_PARTY_WHO("choosePartyWho", 0),
    MILESTONE_APPROVED_NO_CHANGE("milestoneApprovedNoChange", 0),
    MILESTONE_APPROVED_NOTHING("milestoneApprovedNothing", 0),
    MILESTONE_WAITING("milestoneWaiting", 0),
    MILESTONE_ALREADY_DECIDED("milestoneAlreadyDecided", 1),
    MILESTONE_OTHER_COALITION("milestoneOtherCoalition", 0),
    TASKS_TO_MEMBERS("tasksToMembers", 0),
    SAY_WHY_STANCE("sayWhyStance", 2),
    OWNER_MEMBER("ownerMember", 0),
    ONE_ON_ONE_PLANNED("oneOnOnePlanned", 2),
    ONE_ON_ONE_PLANNED_DUE("oneOnOnePlannedDue", 3),
    EMPTY_CONVERSATION("emptyConversation", 0),
    TEMPLATE_EXISTS("templateExists", 1),
    PARTICIPANTS("participants", 0),
    QUICK_WIN_ALREADY("quickWinAlready", 1),
    OUTCOME_FIRST("outcomeFirst", 0),
    ONLY_OWN_STAKEHOLDERS("onlyOwnStakeholders", 0),
    FRAMING_OWN_MOTIVATIONS("framingOwnMotivations", 0),
    PHASE_CLOSED("phaseClosed", 0),
    PHASE_ALREADY("phaseAlready", 1),
    PHASE_ONE_STEP("phaseOneStep", 2),
    PHASE_ONE_STEP_BACK("phaseOneStepBack", 2),
    NO_QUICK_WIN_WARNING("noQuickWinWarning", 0),
    CLOSING_NEEDS_RETROSPECTIVE("closingNeedsRetrospective", 0),
    NO_INFLUENCE_LINK("noInfluenceLink", 1),
    INFLUENCE_SELF("influenceSelf", 0),
    INFLUENCE_EXISTS("influenceExists", 2),
    INFLUENCE_OTHER_COALITION("influenceOtherCoalition", 0),
    INFLUENCE_NOT_MEMBER("influenceNotMember", 1),
    DECIDER_NOT_DECISION_MAKER("deciderNotDecisionMaker", 1),
    NO_COMMITMENT("noCommitment", 1),
    COMMITMENT_DUE_BEFORE_MADE("commitmentDueBeforeMade", 0),
    COMMITMENT_TO_SELF("commitmentToSelf", 0),
    COMMITMENT_OTHER_CONVERSATION("commitmentOtherConversation", 0),
    COMMITMENT_OUTCOME_NEEDS_DATE("commitmentOutcomeNeedsDate", 0),
    COMMITMENT_SETTLED_BEFORE_MADE("commitmentSettledBeforeMade", 1),
    COMMITMENT_SETTLED_IN_FUTURE("commitmentSettledInFuture", 0),
    COMMITMENT_OTHER_COALITION("commitmentOtherCoalition", 0),
    COMMITMENT_NOT_MEMBER("commitmentNotMember", 1),
    ONLY_OWN_COMMITMENTS("onlyOwnCommitments", 1),
    LINK_IMPORT_FIELD_TWICE("linkImportFieldTwice", 1),
    LINK_IMPORT_WHO_AND_WHOM("linkImportWhoAndWhom", 0),
    LINK_IMPORT_TOO_MANY_ROWS("linkImportTooManyRows", 2),
    NO_RATING_ROUND("noRatingRound", 1),
    RATING_ROUND_EMPTY("ratingRoundEmpty", 0),
    RATING_ROUND_TOO_LARGE("ratingRoundTooLarge", 1),
    RATING_ROUND_OTHER_COALITION("ratingRoundOtherCoalition", 0),
    RATING_ROUND_CLOSED("ratingRoundClosed", 0),
    RATING_NOT_IN_ROUND("ratingNotInRound", 0),
    RATING_ALREADY_GIVEN("ratingAlreadyGiven", 1),
    RATING_NOT_RATER("ratingNotRater", 0),
    RATING_NONE_GIVEN("ratingNoneGiven", 0),
    RATINGS_HIDDEN_UNTIL_CLOSE("ratingsHiddenUntilClose", 0),
    ONLY_OPENER_CLOSES_ROUND("onlyOpenerClosesRound", 1),
    COVERAGE_NOT_MEMBER("coverageNotMember", 1),
    COVERAGE_OTHER_COALITION("coverageOtherCoalition", 0),
    NO_COVERAGE_TAG("noCoverageTag", 1),
    DEPARTMENT_TOUCHED_ALREADY("departmentTouchedAlready", 1),
    NO_TOUCHED_DEPARTMENT("noTouchedDepartment", 1),
    /** A problem described in English only (an import file's own findings): the argument is the whole text. */
    AS_SAID("asSaid", 1);

    /** What a refusal may be about: worded by the bundles as {@code refusal.subject.<name>}. */
    public enum Subject {
        COALITION("coalition"),
        MILESTONE("milestone"),
        TASK("task"),
        STAKEHOLDER("stakeholder"),
        CADENCE("cadence"),
        TEMPLATE("template"),
        QUICK_WIN("quickWin"),
        PURPOSE("purpose"),
        DIFFERENCE("difference"),
        INFLUENCE_LINK("influenceLink"),
        COMMITMENT("commitment"),
        RATING_ROUND("ratingRound");

        private final String name;

        Subject(String name) {
            this.name = name;
        }

        public String key() {
            return "refusal.subject." + name;
        }
    }

    private static final String ENGLISH = "org.coalition.shared.Refusals";

    private final String name;
    private final int arity;

    Refusal(String name, int arity) {
        this.name = name;
        this.arity = arity;
    }

    /** The bundle key of the sentence, the same in every bundle. */
    public String key() {
        return "refusal." + name;
    }

    /** How many {@code {n}} arguments the sentence takes. */
    public int arity() {
        return arity;
    }

    /** The stable name of this refusal for API clients, e.g. {@code only-sponsor-decides}. */
    public String problemType() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The refusal in English, with its arguments, e.g. for a log line or an API's detail. */
    public String english(Object... arguments) {
        ResourceBundle english = ResourceBundle.getBundle(
                ENGLISH,
                Locale.ROOT,
                Refusal.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] words = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof Subject subject) {
                words[i] = english.getString(subject.key());
            } else if (argument instanceof Enum<?> constant) {
                words[i] = englishLabel(constant);
            } else {
                words[i] = argument == null ? "" : String.valueOf(argument);
            }
        }
        return new MessageFormat(english.getString(key()), Locale.ROOT).format(words);
    }

    /**
     * An enum constant as an English sentence shows it: its {@code description()} if it has one (an action: "approve
     * milestones"), else its {@code label()}, in lower case inside the sentence except for the names of phases.
     */
    public static String englishLabel(Enum<?> constant) {
        try {
            return String.valueOf(constant.getClass().getMethod("description").invoke(constant));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no description: the label it is
        }
        String label;
        try {
            var method = constant.getClass().getMethod("label");
            method.setAccessible(true);
            label = String.valueOf(method.invoke(constant));
        } catch (ReflectiveOperationException | RuntimeException e) {
            label = constant.name();
        }
        return keepsCapitals(constant) ? label : label.toLowerCase(Locale.ROOT);
    }

    /** Phases are names ("Trust building") and keep their capitals inside a sentence; other labels do not. */
    public static boolean keepsCapitals(Enum<?> constant) {
        return constant.getDeclaringClass().getSimpleName().equals("Phase");
    }
}
