package org.coalition.web.stakeholder;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.coalition.access.CoalitionAction;
import org.coalition.commonground.CommonGroundService;
import org.coalition.commonground.SignOnStatus;
import org.coalition.engagement.ConversationDraft;
import org.coalition.engagement.EngagementService;
import org.coalition.engagement.Motivation;
import org.coalition.engagement.MotivationCategory;
import org.coalition.engagement.MotivationDraft;
import org.coalition.engagement.QuestionTemplates;
import org.coalition.platform.RuleViolationException;
import org.coalition.stakeholder.StakeholderDetails;
import org.coalition.stakeholder.StakeholderPage;
import org.coalition.stakeholder.StakeholderPageService;
import org.coalition.stakeholder.Stance;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/**
 * One stakeholder: who they are, their stance history, what drives them, conversations and framing. The
 * history and the conversations are the newest few, with "show more" for older ones: the page never reads
 * them all. Its first view is one use case ({@link StakeholderPageService#firstView}); the changes go to the
 * services that make them.
 */
@Named
@ViewScoped
public class StakeholderView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Stance changes and conversations shown at first, and added by each "show more". */
    static final int STEP = 10;

    /** The use case: everything the first view shows, with one access check. */
    @EJB
    private StakeholderPageService pages;

    @EJB
    private EngagementService engagement;

    @EJB
    private CommonGroundService commonGround;

    @Inject
    private transient Validator validator;

    private Long id;
    private int historyShown = STEP;
    private int conversationsShown = STEP;
    private StakeholderPage page;
    private ConversationDraft conversation;
    private List<String> askedTemplates;
    private String otherQuestion;
    private String framingText;
    private List<Long> framingMotivations = new ArrayList<>();
    private SignOnStatus signOn = SignOnStatus.NOT_ASKED;

    public void load() {
        page = pages.firstView(id, historyShown, conversationsShown);
        resetConversation();
        // no framing written yet (or none to read): a framing being typed survives the reload after a logged
        // conversation
        if (page.framing() != null) {
            framingText = page.framing().text();
            framingMotivations = new ArrayList<>(page.framing().motivationIds());
            signOn = page.framing().signOn();
        }
    }

    private void resetConversation() {
        conversation = new ConversationDraft();
        conversation.getMotivations().add(new MotivationDraft());
        conversation.getMotivations().add(new MotivationDraft());
        askedTemplates = new ArrayList<>();
        otherQuestion = null;
    }

    public void addMotivationRow() {
        conversation.getMotivations().add(new MotivationDraft());
    }

    public void logConversation() {
        List<String> questions = new ArrayList<>(askedTemplates);
        if (otherQuestion != null && !otherQuestion.isBlank()) {
            questions.add(otherQuestion);
        }
        conversation.setQuestions(questions);
        // Motivation rows left empty are just unused rows, not mistakes.
        conversation.setMotivations(new ArrayList<>(conversation.getMotivations().stream()
                .filter(m -> m.getCategory() != null
                        || (m.getDescription() != null && !m.getDescription().isBlank()))
                .toList()));
        var violations = validator.validate(conversation);
        if (!violations.isEmpty()) {
            violations.stream()
                    .map(Messages::inViewLanguage)
                    .distinct()
                    .sorted()
                    .forEach(Messages::error);
            return;
        }
        try {
            engagement.log(id, conversation);
            Messages.info(I18n.text("msg.conversationLogged"));
            load();
        } catch (RuleViolationException e) {
            Messages.error(I18n.refusal(e));
            while (conversation.getMotivations().size() < 2) {
                conversation.getMotivations().add(new MotivationDraft());
            }
        }
    }

    public void saveFraming() {
        try {
            commonGround.frame(id, framingText, new HashSet<>(framingMotivations), signOn);
            Messages.info(I18n.text("msg.framingSaved"));
            load();
        } catch (RuleViolationException e) {
            Messages.error(I18n.refusal(e));
        }
    }

    public void showMoreHistory() {
        historyShown += STEP;
        load();
    }

    public void showMoreConversations() {
        conversationsShown += STEP;
        load();
    }

    /** What the access table lets the viewer do here; pages name the action as {@code CoalitionAction.X} (o:importConstants). */
    public boolean may(CoalitionAction action) {
        return page != null && page.details().may(action);
    }

    /** The standard questions and those of the template the coalition was started from. */
    public List<String> getQuestionTemplates() {
        return page == null ? QuestionTemplates.ALL : page.questionTemplates();
    }

    public MotivationCategory[] getCategories() {
        return MotivationCategory.values();
    }

    public Stance[] getStances() {
        return Stance.values();
    }

    public SignOnStatus[] getSignOnStatuses() {
        return SignOnStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StakeholderDetails getDetails() {
        return page == null ? null : page.details();
    }

    public ConversationDraft getConversation() {
        return conversation;
    }

    public List<String> getAskedTemplates() {
        return askedTemplates;
    }

    public void setAskedTemplates(List<String> askedTemplates) {
        this.askedTemplates = askedTemplates;
    }

    public String getOtherQuestion() {
        return otherQuestion;
    }

    public void setOtherQuestion(String otherQuestion) {
        this.otherQuestion = otherQuestion;
    }

    public String getFramingText() {
        return framingText;
    }

    public void setFramingText(String framingText) {
        this.framingText = framingText;
    }

    public List<Long> getFramingMotivations() {
        return framingMotivations;
    }

    public void setFramingMotivations(List<Long> framingMotivations) {
        this.framingMotivations = framingMotivations;
    }

    public SignOnStatus getSignOn() {
        return signOn;
    }

    public void setSignOn(SignOnStatus signOn) {
        this.signOn = signOn;
    }

    public List<Motivation> getAllMotivations() {
        return page == null ? List.of() : page.motivations();
    }

    /** The note retention period in force, to say why older notes are gone. */
    public int getRetentionDays() {
        return page == null ? 0 : page.noteRetention().days();
    }
}
