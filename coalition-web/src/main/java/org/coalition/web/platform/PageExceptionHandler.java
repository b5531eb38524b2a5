package org.coalition.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coalition.platform.BusinessException;

/**
 * Turns failures into pages a person can act on, never a stack trace: a refusal becomes the 403
 * page, a missing record the 404 page, an expired form a fresh page, anything else the 500 page
 * (logged in full on the server).
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageExceptionHandler.class.getName());

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext() && !context.getResponseComplete()) {
            Throwable failure = events.next().getContext().getException();
            events.remove();
            try {
                handle(context, failure);
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
        events.forEachRemaining(event -> events.remove());
        getWrapped().handle();
    }

    private void handle(FacesContext context, Throwable failure) throws IOException {
        var external = context.getExternalContext();
        if (find(failure, ViewExpiredException.class) != null) {
            external.getFlash().setKeepMessages(true);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, I18n.text("msg.pageExpired"), null));
            String viewId = ((ViewExpiredException) find(failure, ViewExpiredException.class)).getViewId();
            external.redirect(external.getRequestContextPath() + (viewId == null ? "/" : viewId));
            context.responseComplete();
            return;
        }
        BusinessException business = find(failure, BusinessException.class);
        int status;
        String message;
        if (business != null) {
            status = business.httpStatus();
            message = I18n.refusal(business);
        } else if (Unavailable.isDatabase(failure)) {
            status = 503;
            message = I18n.text("msg.databaseUnavailable");
            LOG.log(Level.WARNING, "Database unavailable on " + context.getViewRoot() + ": " + failure);
        } else if (find(failure, EJBAccessException.class) != null) {
            status = 403;
            message = I18n.text("msg.notAllowed");
        } else {
            status = 500;
            message = I18n.text("error500.somethingWentWrongOur");
            LOG.log(Level.SEVERE, "Unexpected failure on " + context.getViewRoot(), failure);
        }
        if (context.getPartialViewContext().isAjaxRequest()) {
            // An Ajax request cannot show an error page in place: tell the person where they stand.
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            context.validationFailed();
            context.getPartialViewContext().getRenderIds().add("messages");
            context.renderResponse();
            return;
        }
        external.getRequestMap().put("errorMessage", message);
        external.responseReset();
        external.responseSendError(status, message);
        context.responseComplete();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
