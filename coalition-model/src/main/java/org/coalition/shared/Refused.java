package org.coalition.shared;

/** A rule of the domain said no: which {@link Refusal}, with what arguments. */
public interface Refused {

    Refusal refusal();

    Object[] arguments();

    /** A refused state change (e.g. resolving a difference twice). */
    final class State extends IllegalStateException implements Refused {

        private static final long serialVersionUID = 1L;

        private final Refusal refusal;
        private final transient Object[] arguments;

        public State(Refusal refusal, Object... arguments) {
            super(refusal.english(arguments));
            this.refusal = refusal;
            this.arguments = arguments.clone();
        }

        @Override
        public Refusal refusal() {
            return refusal;
        }

        @Override
        public Object[] arguments() {
            return arguments.clone();
        }
    }

    /** A refused argument (e.g. a resolution without its rationale). */
    final class Argument extends IllegalArgumentException implements Refused {

        private static final long serialVersionUID = 1L;

        private final Refusal refusal;
        private final transient Object[] arguments;

        public Argument(Refusal refusal, Object... arguments) {
            super(refusal.english(arguments));
            this.refusal = refusal;
            this.arguments = arguments.clone();
        }

        public Argument(Refusal refusal, Throwable cause) {
            this(refusal);
            initCause(cause);
        }

        @Override
        public Refusal refusal() {
            return refusal;
        }

        @Override
        public Object[] arguments() {
            return arguments.clone();
        }
    }
}
