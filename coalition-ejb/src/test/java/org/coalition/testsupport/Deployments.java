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
 * libraries (Flyway) in WEB-INF/lib, as the EAR carries them in lib/.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive services() {
        File[] libraries = Objects.requireNonNull(new File("target/arquillian/lib").listFiles(),
                "target/arquillian/lib is missing: run the tests through Maven (failsafe)");
        return ShrinkWrap.create(WebArchive.class, "coalition-it.war")
                .addPackages(true, path -> !isModelClass(path.get()) && !isClientSideOnly(path.get()), "org.coalition")
                .addAsLibraries(Arrays.stream(libraries).filter(f -> f.getName().endsWith(".jar")).toArray(File[]::new))
                .addAsWebInfResource("glassfish-ejb-jar.xml")
                .addAsWebInfResource("glassfish-web.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /** Client-side test helpers use test-scoped libraries (ical4j) that the WAR must not carry. */
    private static boolean isClientSideOnly(String archivePath) {
        String className = archivePath.substring(1).replace(".class", "").replace('/', '.');
        try {
            return Class.forName(className, false, Deployments.class.getClassLoader()).isAnnotationPresent(ClientSideOnly.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Model classes travel in the model jar; adding them again to WEB-INF/classes would duplicate them. */
    private static boolean isModelClass(String archivePath) {
        String className = archivePath.substring(1).replace(".class", "").replace('/', '.');
        try {
            var location = Class.forName(className, false, Deployments.class.getClassLoader())
                    .getProtectionDomain().getCodeSource().getLocation().toString();
            return location.contains("coalition-model");
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
