package org.coalition.e2e;

/**
 * What end-to-end classes share on the one Keycloak and Payara of the suite, named for JUnit's
 * {@code @ResourceLock}: the classes run two at a time (junit-platform.properties), except where they touch the
 * same thing and one of them changes it. A class that creates its own coalition and people needs no lock.
 */
final class SharedState {

    /** The demo coalition "Flexible work hours": its tasks, milestones, stakeholders, feed and health. */
    static final String DEMO_COALITION = "demo-coalition";

    /** The user erin, whom SignInAttemptsIT locks out of Keycloak for a while. */
    static final String ERIN = "erin";

    private SharedState() {
    }
}
