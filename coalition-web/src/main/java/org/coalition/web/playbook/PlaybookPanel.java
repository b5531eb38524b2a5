package org.coalition.web.playbook;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import org.coalition.playbook.Playbook;
import org.coalition.playbook.PlaybookService;

/**
 * The playbook panel shown on every coalition page: one service call per request. A postback may change
 * what the panel shows (a one-on-one logged, a quick win completed), so what was read before the render
 * phase is read once more when the page renders.
 */
@Named
@RequestScoped
public class PlaybookPanel {

    @EJB
    private PlaybookService playbooks;

    private Long loadedFor;
    private PhaseId loadedIn;
    private Playbook playbook;

    public Playbook of(Long coalitionId) {
        PhaseId now = FacesContext.getCurrentInstance().getCurrentPhaseId();
        boolean stale = loadedIn != PhaseId.RENDER_RESPONSE && now == PhaseId.RENDER_RESPONSE;
        if (playbook == null || !coalitionId.equals(loadedFor) || stale) {
            playbook = playbooks.playbook(coalitionId);
            loadedFor = coalitionId;
            loadedIn = now;
        }
        return playbook;
    }
}
