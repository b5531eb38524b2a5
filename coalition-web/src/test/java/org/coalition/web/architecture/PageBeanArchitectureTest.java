package org.coalition.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.inject.Named;

/**
 * Thin page beans: a page asks a few use-case services (style guide, "Thin page beans"). A page bean that
 * needs more services than {@link #MOST_SERVICES} does too much; the known heavy pages are listed with the
 * number they have today, so they may not grow while they are being split.
 */
@AnalyzeClasses(packages = "org.coalition", importOptions = ImportOption.DoNotIncludeTests.class)
class PageBeanArchitectureTest {

    /** The most services any page bean outside the exceptions uses today (StakeholderView, 2026-12). */
    static final int MOST_SERVICES = 4;

    /** Known heavy pages and the services they use today; lower these as the pages are split. */
    static final Map<String, Integer> HEAVY_PAGES = Map.of(
            // Being split into use-case services elsewhere (issue 20); it may not grow meanwhile.
            "CoalitionDashboardView", 8);

    private static final ArchCondition<JavaClass> USE_FEW_SERVICES =
            new ArchCondition<>("use at most " + MOST_SERVICES + " services (heavy pages: as listed)") {
                @Override
                public void check(JavaClass page, ConditionEvents events) {
                    Set<String> services = new TreeSet<>();
                    for (Dependency dependency : page.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        if (target.isAnnotatedWith(Stateless.class) || target.isAnnotatedWith(Singleton.class)
                                || target.isAnnotatedWith(Stateful.class)) {
                            services.add(target.getSimpleName());
                        }
                    }
                    int allowed = HEAVY_PAGES.getOrDefault(page.getSimpleName(), MOST_SERVICES);
                    events.add(new SimpleConditionEvent(page, services.size() <= allowed, page.getSimpleName()
                            + " uses " + services.size() + " services (at most " + allowed + "): " + services));
                }
            };

    @ArchTest
    static final ArchRule page_beans_use_few_services = classes()
            .that().areAnnotatedWith(Named.class).and().resideInAPackage("org.coalition.web..")
            .should(USE_FEW_SERVICES);
}
