package org.coalition.web.coalition;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.coalition.CoalitionService;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/** Proposing a new coalition: name, shared objective, target date. */
@Named
@ViewScoped
public class ProposeCoalitionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CoalitionService coalitions;

    private final CoalitionDraft draft = new CoalitionDraft();

    public CoalitionDraft getDraft() {
        return draft;
    }

    public String propose() {
        Coalition coalition = coalitions.propose(draft);
        Messages.infoAfterRedirect(I18n.format("msg.coalitionProposed", coalition.getName()));
        return "/coalitions/coalition.xhtml?faces-redirect=true&id=" + coalition.getId();
    }
}
