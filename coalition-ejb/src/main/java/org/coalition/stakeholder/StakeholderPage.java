package org.coalition.stakeholder;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coalition.commonground.Framing;
import org.coalition.commonground.SignOnStatus;
import org.coalition.engagement.Conversation;
import org.coalition.engagement.Motivation;
import org.coalition.engagement.QuestionTemplates;
import org.coalition.privacy.NoteRetention;

/**
 * What a stakeholder's page shows when it is opened, as one viewer may see it.
 *
 * @param details           the stakeholder, the newest stance changes and conversations asked for, and what the
 *                          viewer may do there
 * @param noteRetention     the retention period in force, so the page can say why older notes are gone
 * @param questionTemplates the questions offered for a one-on-one: the standard ones, then those of the template
 *                          the coalition was started from, each once
 * @param framing           how the shared goal is framed for this stakeholder; {@code null} when none is written
 *                          yet or the viewer may not read notes
 * @param motivations       the motivations a framing may be tied to: those heard in the conversations shown, then
 *                          the framing's own (so a chosen one stays choosable when its conversation is not shown);
 *                          empty when the viewer may not read notes
 */
public record StakeholderPage(
        StakeholderDetails details,
        NoteRetention noteRetention,
        List<String> questionTemplates,
        CurrentFraming framing,
        List<Motivation> motivations)
        implements Serializable {

    /**
     * A framing as its form shows it: the motivations by id, because the form chooses among {@link #motivations}.
     *
     * @param motivationIds in the framing's own order
     */
    public record CurrentFraming(String text, List<Long> motivationIds, SignOnStatus signOn) implements Serializable {

        public CurrentFraming {
            motivationIds = List.copyOf(motivationIds);
        }

        static CurrentFraming of(Framing framing) {
            return new CurrentFraming(
                    framing.getText(),
                    framing.getMotivations().stream().map(Motivation::getId).toList(),
                    framing.getSignOn());
        }
    }

    public StakeholderPage {
        questionTemplates = List.copyOf(questionTemplates);
        motivations = List.copyOf(motivations);
    }

    /** The standard questions and the template's, each once, the standard ones first. */
    static List<String> questions(List<String> fromTemplate) {
        return Stream.concat(QuestionTemplates.ALL.stream(), fromTemplate.stream())
                .distinct()
                .toList();
    }

    /**
     * The motivations heard in the conversations shown, then the framing's own that are not among them (an older
     * conversation's motivation the framing is tied to must stay choosable, or saving would drop it).
     */
    static List<Motivation> choosable(List<Conversation> shown, Framing framing) {
        List<Motivation> choosable = new ArrayList<>(
                shown.stream().flatMap(c -> c.getMotivations().stream()).toList());
        if (framing != null) {
            Set<Long> heard = choosable.stream().map(Motivation::getId).collect(Collectors.toSet());
            framing.getMotivations().stream()
                    .filter(m -> !heard.contains(m.getId()))
                    .forEach(choosable::add);
        }
        return choosable;
    }
}
