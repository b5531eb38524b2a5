package org.coalition.e2e;

/**
 * What end-to-end classes share on the one Keycloak and Payara of the suite, named for JUnit's
 * {@code @ResourceLock}: where junit-platform.properties lets classes run at once (off on 2 cores, where the suite is
 * CPU-bound), those that touch the same thing and change it still take turns. A class that creates its own coalition and people needs no lock.
 */
final class SharedState {

    /** The demo coalition "Flexible work hours": its tasks, milestones, stakeholders, feed and health. */
    static final String DEMO_COALITION = "demo-coalition";

    /** The user erin, whom SignInAttemptsIT locks out of Keycloak for a while. */
    static final String ERIN = "erin";

    private SharedState() {}
}
