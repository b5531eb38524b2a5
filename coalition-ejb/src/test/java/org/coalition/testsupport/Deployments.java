package org.coalition.testsupport;

import java.io.File;
import java.util.Arrays;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The services as Payara Micro sees them in tests: this module's classes (main and test) in
 * WEB-INF/classes, and the model jar (entities, persistence unit, migrations) with the runtime
 * libraries (Flyway) in WEB-INF/lib, as the EAR carries them in lib/, plus GreenMail for the
 * reminder tests. Every test class deploys this same archive, so {@link SharedPayaraMicro} starts
 * Payara Micro once for the suite: a class must not add to it, and must create its own data.
 */
public final class Deployments {

    /** The ArchUnit rules read the class files on the client; the server has no ArchUnit. */
    private static final String ARCHITECTURE_RULES = "/org/coalition/architecture/";

    private Deployments() {}

    public static WebArchive services() {
        return ShrinkWrap.create(WebArchive.class, "coalition-it.war")
                .addPackages(
                        true,
                        path -> !isModelClass(path.get())
                                && !isClientSideOnly(path.get())
                                && !path.get().startsWith(ARCHITECTURE_RULES),
                        "org.coalition")
                .addAsLibraries(jars("target/arquillian/lib"))
                .addAsLibraries(jars("target/arquillian/mail"))
                .addAsWebInfResource("glassfish-ejb-jar.xml")
                .addAsWebInfResource("glassfish-web.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    private static File[] jars(String directory) {
        File[] files = Objects.requireNonNull(
                new File(directory).listFiles(), directory + " is missing: run the tests through Maven (failsafe)");
        return Arrays.stream(files).filter(f -> f.getName().endsWith(".jar")).toArray(File[]::new);
    }

    /** Client-side test helpers use test-scoped libraries (ical4j) that the WAR must not carry. */
    private static boolean isClientSideOnly(String archivePath) {
        String className = archivePath.substring(1).replace(".class", "").replace('/', '.');
        try {
            return Class.forName(className, false, Deployments.class.getClassLoader())
                    .isAnnotationPresent(ClientSideOnly.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Model classes travel in the model jar; adding them again to WEB-INF/classes would duplicate them. */
    private static boolean isModelClass(String archivePath) {
        String className = archivePath.substring(1).replace(".class", "").replace('/', '.');
        try {
            var location = Class.forName(className, false, Deployments.class.getClassLoader())
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toString();
            return location.contains("coalition-model");
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
