package org.coalition.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks test code that runs only on the client side of an Arquillian test (in a {@code @RunAsClient}
 * method) and uses test-scoped libraries the server does not have: {@link Deployments} leaves it out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ClientSideOnly {}
