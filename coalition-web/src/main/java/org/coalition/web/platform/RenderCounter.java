package org.coalition.web.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Counts every rendering in a session for {@link RenderedPages} (a copy stays valid only while its session
 * renders nothing else), and tells {@link PageCopyFilter} when the rendering was a plain page that may be
 * kept: a first view (no form post, no Ajax) that shows no message.
 */
public class RenderCounter implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // counted once rendered
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!(context.getExternalContext().getRequest() instanceof HttpServletRequest request)) {
            return;
        }
        HttpSession session = request.getSession(false);
        RenderedPages pages = RenderedPagesListener.pages((ServletContext) context.getExternalContext().getContext());
        if (session == null || pages == null) {
            return;
        }
        long renders = pages.rendered(session.getId());
        boolean plain = !context.isPostback() && !context.getPartialViewContext().isAjaxRequest()
                && context.getMessageList().isEmpty() && context.getViewRoot() != null && !context.getViewRoot().isTransient();
        if (plain) {
            request.setAttribute(PageCopyFilter.RENDERED, renders);
        }
    }
}
