package org.coalition.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.coalition.access.AccessDeniedException;
import org.coalition.access.CoalitionAction;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionRole;
import org.coalition.coalition.CoalitionService;
import org.coalition.commonground.CommonGroundService;
import org.coalition.commonground.SignOnStatus;
import org.coalition.engagement.ConversationDraft;
import org.coalition.engagement.EngagementService;
import org.coalition.engagement.Motivation;
import org.coalition.engagement.MotivationCategory;
import org.coalition.engagement.MotivationDraft;
import org.coalition.engagement.QuestionTemplates;
import org.coalition.platform.NotFoundException;
import org.coalition.playbook.CoalitionTemplate;
import org.coalition.playbook.TemplateDraft;
import org.coalition.playbook.TemplateService;
import org.coalition.testsupport.AsAlice;
import org.coalition.testsupport.AsBob;
import org.coalition.testsupport.AsCarol;
import org.coalition.testsupport.AsDana;
import org.coalition.testsupport.AsErin;
import org.coalition.testsupport.Deployments;
import org.coalition.testsupport.SqlCounter;
import org.coalition.testsupport.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stakeholder page's first view as one use case: who may open it, what each viewer gets, and what it costs. */
@ExtendWith(ArquillianExtension.class)
class StakeholderPageServiceIT {

    /** A standard question the template repeats: the page offers it once. */
    private static final String REPEATED = QuestionTemplates.ALL.get(3);

    private static final String OWN_QUESTION = "What would the works council need to hear first?";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @EJB
    StakeholderPageService pages;

    @EJB
    StakeholderService stakeholders;

    @EJB
    CoalitionService coalitions;

    @EJB
    EngagementService engagement;

    @EJB
    CommonGroundService commonGround;

    @EJB
    TemplateService templates;

    @EJB
    TestData data;

    @EJB
    SqlCounter sql;

    @EJB
    AsAlice alice;

    @EJB
    AsBob bob;

    @EJB
    AsCarol carol;

    @EJB
    AsDana dana;

    /** An employee without a role in these coalitions. */
    @EJB
    AsErin erin;

    /** bob's coalition (bob a member as its lead), alice sponsoring it, carol observing, started from a template. */
    private long coalition() {
        long id = bob.call(() -> coalitions.propose(new CoalitionDraft(
                        "Stakeholder page " + UUID.randomUUID().toString().substring(0, 8),
                        "Core hours per team",
                        LocalDate.now().plusMonths(2))))
                .getId();
        data.grant(id, "alice", CoalitionRole.SPONSOR);
        data.grant(id, "carol", CoalitionRole.OBSERVER);
        TemplateDraft draft = new TemplateDraft();
        draft.setName("Works council " + UUID.randomUUID().toString().substring(0, 8));
        draft.setKindOfChange("Policy change");
        draft.setConversationQuestions(REPEATED + "\n" + OWN_QUESTION);
        CoalitionTemplate template = dana.call(() -> templates.create(draft));
        data.with(em -> {
            em.find(Coalition.class, id).startedFrom(template.getId());
            return null;
        });
        return id;
    }

    private Stakeholder tom(long coalitionId) {
        StakeholderDraft draft = new StakeholderDraft();
        draft.setName("Tom Becker");
        draft.setTitle("Manager");
        draft.setLevel(Level.MANAGER);
        draft.setDepartment("Engineering");
        draft.setInfluence(4);
        draft.setInterest(5);
        draft.setResources(EnumSet.of(Resource.BUDGET));
        draft.setStance(Stance.SUPPORTER);
        draft.setRelationshipOwner("bob");
        draft.setNotes("Private: prefers mornings");
        return bob.call(() -> stakeholders.add(coalitionId, draft));
    }

    /** The first motivation heard in the stakeholder's newest conversation, as bob reads it. */
    private long newestMotivation(long stakeholderId) {
        return bob.call(() -> stakeholders.open(stakeholderId, 0, 1))
                .conversations()
                .get(0)
                .getMotivations()
                .get(0)
                .getId();
    }

    private void talk(long stakeholderId, int daysAgo, MotivationDraft... motivations) {
        ConversationDraft talk = new ConversationDraft();
        talk.setHeldOn(LocalDate.now().minusDays(daysAgo));
        talk.setQuestions(List.of(REPEATED));
        talk.setNotes("Talk " + daysAgo + " days ago");
        talk.setMotivations(List.of(motivations));
        bob.run(() -> engagement.log(stakeholderId, talk));
    }

    private static List<Long> ids(List<Motivation> motivations) {
        return motivations.stream().map(Motivation::getId).toList();
    }

    @Test
    void should_give_a_member_the_stakeholder_the_questions_the_framing_and_the_motivations_to_tie_it_to() {
        long c = coalition();
        long tom = tom(c).getId();
        talk(tom, 20, new MotivationDraft(MotivationCategory.CAREER_ADVANCEMENT, "Wants to lead the pilot", 2));
        talk(
                tom,
                2,
                new MotivationDraft(MotivationCategory.TEAM_MORALE, "Team asked for flexibility", 3),
                new MotivationDraft(MotivationCategory.CUSTOMER_OUTCOMES, "Coverage for customers", 2));

        StakeholderPage unframed = bob.call(() -> pages.firstView(tom, 10, 1));

        StakeholderDetails opened = bob.call(() -> stakeholders.open(tom, 10, 1));
        assertEquals(tom, unframed.details().stakeholder().getId());
        assertEquals(opened.allowed(), unframed.details().allowed(), "what the viewer may do, as opening says");
        assertTrue(unframed.details().may(CoalitionAction.VIEW_NOTES));
        assertEquals("Private: prefers mornings", unframed.details().notes());
        assertEquals(1, unframed.details().conversations().size(), "the newest conversation only");
        assertTrue(unframed.details().moreConversations());
        assertEquals(
                Stream.concat(QuestionTemplates.ALL.stream(), Stream.of(OWN_QUESTION))
                        .toList(),
                unframed.questionTemplates(),
                "the standard questions, then the template's, each once");
        assertEquals(bob.call(() -> stakeholders.noteRetention()), unframed.noteRetention());
        assertNull(unframed.framing(), "no framing written yet");
        List<Long> heard = ids(unframed.details().conversations().get(0).getMotivations());
        assertEquals(2, heard.size());
        assertEquals(heard, ids(unframed.motivations()), "the motivations heard in the conversation shown");

        long older = bob.call(() -> stakeholders.open(tom, 0, 2))
                .conversations()
                .get(1)
                .getMotivations()
                .get(0)
                .getId();
        bob.call(() -> commonGround.frame(
                tom, "Core hours let you lead the pilot", Set.of(older, heard.get(0)), SignOnStatus.CONSIDERING));

        StakeholderPage framed = bob.call(() -> pages.firstView(tom, 10, 1));

        assertNotNull(framed.framing());
        assertEquals("Core hours let you lead the pilot", framed.framing().text());
        assertEquals(Set.of(older, heard.get(0)), Set.copyOf(framed.framing().motivationIds()));
        assertEquals(SignOnStatus.CONSIDERING, framed.framing().signOn());
        assertEquals(
                List.of(heard.get(0), heard.get(1), older),
                ids(framed.motivations()),
                "the framing's motivation from an older conversation stays choosable, after those shown, once");
        StakeholderPage sponsor = alice.call(() -> pages.firstView(tom, 10, 1));
        assertNotNull(sponsor.framing(), "a sponsor reads the framing too");
        assertEquals(3, sponsor.motivations().size());
    }

    @Test
    void should_give_an_observer_the_stakeholder_and_the_questions_but_no_framing_or_motivations() {
        long c = coalition();
        long tom = tom(c).getId();
        talk(tom, 2, new MotivationDraft(MotivationCategory.TEAM_MORALE, "Team asked for flexibility", 3));
        long heard = newestMotivation(tom);
        bob.call(() -> commonGround.frame(tom, "Core hours protect focus", Set.of(heard), SignOnStatus.SIGNED_ON));

        StakeholderPage observed = carol.call(() -> pages.firstView(tom, 10, 10));

        assertFalse(observed.details().may(CoalitionAction.VIEW_NOTES));
        assertTrue(observed.details().may(CoalitionAction.VIEW));
        assertNull(observed.details().notes());
        assertTrue(observed.details().conversations().isEmpty());
        assertEquals(1, observed.details().stanceHistory().size(), "observers see the stance history");
        assertNull(observed.framing(), "observers read no framing");
        assertEquals(List.of(), observed.motivations(), "nor the motivations");
        assertTrue(observed.questionTemplates().contains(OWN_QUESTION));
        assertThrows(
                AccessDeniedException.class,
                () -> carol.call(() -> commonGround.framingOf(tom)),
                "as the framing itself refuses them");
    }

    @Test
    void should_refuse_the_page_exactly_when_opening_the_stakeholder_is_refused() {
        long c = coalition();
        long tom = tom(c).getId();

        assertThrows(AccessDeniedException.class, () -> erin.call(() -> stakeholders.open(tom, 10, 10)));
        assertThrows(
                AccessDeniedException.class,
                () -> erin.call(() -> pages.firstView(tom, 10, 10)),
                "no role in the coalition, no page");
        assertThrows(NotFoundException.class, () -> bob.call(() -> pages.firstView(-1, 10, 10)), "no such stakeholder");
    }

    @Test
    void should_open_the_page_with_the_same_statements_however_many_conversations() {
        long c = coalition();
        long tom = tom(c).getId();
        talk(tom, 30, new MotivationDraft(MotivationCategory.TEAM_MORALE, "Team asked for flexibility", 3));
        long heard = newestMotivation(tom);
        // opening above was the first view of the day, which also audits the reading; writing the framing then
        // makes the next view read the caller's standing afresh, as a new request does, and so will the talks below
        bob.call(() -> commonGround.frame(tom, "Core hours protect focus", Set.of(heard), SignOnStatus.SIGNED_ON));
        int before = bob.call(() -> sql.statementsOf(() -> pages.firstView(tom, 10, 10)));
        for (int i = 0; i < 12; i++) {
            talk(
                    tom,
                    20 - i,
                    new MotivationDraft(MotivationCategory.CUSTOMER_OUTCOMES, "Coverage " + i, 2),
                    new MotivationDraft(MotivationCategory.CAREER_ADVANCEMENT, "Growth " + i, 1));
        }

        int after = bob.call(() -> sql.statementsOf(() -> pages.firstView(tom, 10, 10)));

        assertEquals(before, after, "statements must not grow with conversations or motivations");
        assertTrue(after <= 10, after + " statements: opening's seven, the template's questions, the framing's two");
    }
}
