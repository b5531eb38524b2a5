package org.coalition.web.platform;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.coalition.platform.BusinessException;

/** Short-hands for the messages backing beans show. */
public final class Messages {

    private Messages() {}

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    /** Keeps the message across a redirect (post-redirect-get). */
    public static void infoAfterRedirect(String text) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(text);
    }

    /** What became of a change a page asked a service for. */
    public enum Outcome {
        DONE,
        REFUSED,
        INVALID_INPUT;

        public boolean done() {
            return this == DONE;
        }
    }

    /**
     * Runs a change a page asked for: success shows {@code success}; an expected refusal (a business
     * exception) or refused input (method validation) becomes a message; anything else propagates to the
     * error page. A null {@code success} adds no message (the change may add its own).
     */
    public static Outcome attempt(Runnable change, String success) {
        try {
            change.run();
            if (success != null) {
                info(success);
            }
            return Outcome.DONE;
        } catch (BusinessException e) {
            error(I18n.refusal(e));
            return Outcome.REFUSED;
        } catch (EJBException e) {
            if (!violations(e)) {
                throw e;
            }
            return Outcome.INVALID_INPUT;
        }
    }

    /**
     * Shows the messages of a service's refused input (method validation), if that is what went wrong.
     *
     * @return whether the failure was refused input
     */
    public static boolean violations(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violations) {
                violations.getConstraintViolations().stream()
                        .map(Messages::inViewLanguage)
                        .distinct()
                        .sorted()
                        .forEach(Messages::error);
                return true;
            }
        }
        return false;
    }

    private static final class Interpolation {
        static final MessageInterpolator INTERPOLATOR =
                Validation.buildDefaultValidatorFactory().getMessageInterpolator();
    }

    /**
     * A refused parameter's message in the language of the page: the service validated in the server's language,
     * so its message template ({@code {key}} of ValidationMessages) is interpolated again for the view's locale.
     */
    public static String inViewLanguage(ConstraintViolation<?> violation) {
        try {
            return Interpolation.INTERPOLATOR.interpolate(
                    violation.getMessageTemplate(),
                    new MessageInterpolator.Context() {
                        @Override
                        public ConstraintDescriptor<?> getConstraintDescriptor() {
                            return violation.getConstraintDescriptor();
                        }

                        @Override
                        public Object getValidatedValue() {
                            return violation.getInvalidValue();
                        }

                        @Override
                        public <T> T unwrap(Class<T> type) {
                            throw new ValidationException("not supported: " + type);
                        }
                    },
                    I18n.locale());
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
