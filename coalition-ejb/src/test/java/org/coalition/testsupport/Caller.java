package org.coalition.testsupport;

import java.util.function.Supplier;

/**
 * Runs a piece of test code as one of the demo users. Each subclass is an EJB with {@code @RunAs}
 * and a run-as principal (WEB-INF/glassfish-ejb-jar.xml), so services see a real caller with a real
 * role, exactly as after an SSO sign-in.
 */
public abstract class Caller {

    public <T> T call(Supplier<T> work) {
        return work.get();
    }

    public void run(Runnable work) {
        work.run();
    }
}
