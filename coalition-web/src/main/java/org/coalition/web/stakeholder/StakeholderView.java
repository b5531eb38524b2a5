package org.coalition.web.stakeholder;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.coalition.access.CoalitionAction;
import org.coalition.commonground.CommonGroundService;
import org.coalition.commonground.Framing;
import org.coalition.commonground.SignOnStatus;
import org.coalition.engagement.ConversationDraft;
import org.coalition.engagement.EngagementService;
import org.coalition.engagement.Motivation;
import org.coalition.engagement.MotivationCategory;
import org.coalition.engagement.MotivationDraft;
import org.coalition.engagement.QuestionTemplates;
import org.coalition.platform.RuleViolationException;
import org.coalition.stakeholder.StakeholderDetails;
import org.coalition.stakeholder.StakeholderService;
import org.coalition.stakeholder.Stance;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/**
 * One stakeholder: who they are, their stance history, what drives them, conversations and framing. The
 * history and the conversations are the newest few, with "show more" for older ones: the page never reads
 * them all.
 */
@Named
@ViewScoped
public class StakeholderView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Stance changes and conversations shown at first, and added by each "show more". */
    static final int STEP = 10;

    @EJB
    private StakeholderService stakeholders;

    @EJB
    private EngagementService engagement;

    @EJB
    private CommonGroundService commonGround;

    @jakarta.inject.Inject
    private transient jakarta.validation.Validator validator;

    private Long id;
    private int historyShown = STEP;
    private int conversationsShown = STEP;
    private StakeholderDetails details;
    private ConversationDraft conversation;
    private List<String> askedTemplates;
    private String otherQuestion;
    private String framingText;
    private List<Long> framingMotivations = new ArrayList<>();
    private SignOnStatus signOn = SignOnStatus.NOT_ASKED;
    private List<Motivation> allMotivations = List.of();
    /** The standard questions and those of the template the coalition was started from. */
    private List<String> questionTemplates = QuestionTemplates.ALL;

    @EJB
    private org.coalition.playbook.TemplateService templates;

    /** The note retention period in force, to say why older notes are gone. */
    private int retentionDays;

    public void load() {
        details = stakeholders.open(id, historyShown, conversationsShown);
        retentionDays = stakeholders.noteRetention().days();
        resetConversation();
        List<String> fromTemplate = templates.questionsFor(details.coalitionId());
        questionTemplates = java.util.stream.Stream.concat(QuestionTemplates.ALL.stream(), fromTemplate.stream())
                .distinct()
                .toList();
        if (details.may(CoalitionAction.VIEW_NOTES)) {
            List<Motivation> heard = new ArrayList<>(details.conversations().stream()
                    .flatMap(c -> c.getMotivations().stream())
                    .toList());
            Optional<Framing> framing = commonGround.framingOf(id);
            framing.ifPresent(f -> {
                framingText = f.getText();
                framingMotivations = new ArrayList<>(
                        f.getMotivations().stream().map(Motivation::getId).toList());
                signOn = f.getSignOn();
                // the framing's motivations stay choosable even when their conversation is not shown
                f.getMotivations().stream()
                        .filter(m -> heard.stream().noneMatch(h -> h.getId().equals(m.getId())))
                        .forEach(heard::add);
            });
            allMotivations = heard;
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
        return details != null && details.may(action);
    }

    public List<String> getQuestionTemplates() {
        return questionTemplates;
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
        return details;
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
        return allMotivations;
    }

    public int getRetentionDays() {
        return retentionDays;
    }
}
