package org.coalition.web.milestone;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/**
 * The plain, per-milestone inputs of a list of milestones (the dashboard's timeline, the sponsor's awaiting
 * decisions), shared by the beans behind them. Each input is named after its milestone ({@code milestone-<id>:comment},
 * a hidden {@code :version}) and belongs to the page's one small form ({@value #FORM}) through HTML's {@code form}
 * attribute; each button sends its milestone's id as the value of one of that form's command buttons. So the list
 * holds no component per milestone, and the form's view state still protects the submission.
 * <p>
 * What was typed and not saved is kept (for as long as the bean holding this), so that a refused decision is shown
 * again as typed.
 */
public final class MilestoneInputs implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The client id of the form behind a list's buttons. */
    public static final String FORM = "milestoneDecisions";

    /** A decision's comment. */
    public static final String COMMENT = ":comment";

    private static final String PREFIX = "milestone-";

    /** A milestone's pressed button: its id and the version the page showed. */
    public record Submitted(long milestoneId, long version) {}

    private final List<String> fields;
    /** What was typed and not saved, by input name ({@code milestone-<id>:comment}); blanks are left out. */
    private final Map<String, String> typed = new HashMap<>();

    /** @param fields the name suffixes of the inputs a milestone may have, such as {@link #COMMENT} */
    public MilestoneInputs(String... fields) {
        this.fields = List.of(fields);
    }

    /**
     * Reads the submitted form: remembers everything typed for the milestones shown (so that none of it is lost
     * whatever becomes of this submission) and answers the pressed button's milestone, or shows why there is none.
     *
     * @param button the id, within the form, of the command button pressed
     * @param shown the ids of the milestones the page showed inputs for
     */
    public Optional<Submitted> submitted(String button, Collection<Long> shown) {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (long milestoneId : shown) {
            for (String field : fields) {
                String name = PREFIX + milestoneId + field;
                String value = parameters.get(name);
                if (value == null || value.isBlank()) {
                    typed.remove(name);
                } else {
                    typed.put(name, value);
                }
            }
        }
        try {
            long id = Long.parseLong(
                    parameters.getOrDefault(FORM + ":" + button, "").strip());
            long version = Long.parseLong(
                    parameters.getOrDefault(PREFIX + id + ":version", "").strip());
            return Optional.of(new Submitted(id, version));
        } catch (NumberFormatException notAMilestone) {
            Messages.error(I18n.text("msg.chooseMilestone"));
            return Optional.empty();
        }
    }

    /** What was typed into a milestone's input and not saved, or null. */
    public String typed(long milestoneId, String field) {
        return typed.get(PREFIX + milestoneId + field);
    }

    /** Drops what was typed for a milestone: it was saved. */
    public void forget(long milestoneId) {
        typed.keySet().removeIf(name -> name.startsWith(PREFIX + milestoneId + ":"));
    }

    /** Whether anything typed waits to be shown again. */
    public boolean isHoldingTyped() {
        return !typed.isEmpty();
    }
}
