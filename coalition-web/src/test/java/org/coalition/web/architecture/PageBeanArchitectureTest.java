package org.coalition.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Thin page beans: a page asks a few use-case services (style guide, "Thin page beans"). A page bean that
 * needs more services than {@link #MOST_SERVICES} does too much; the known heavy pages are listed with the
 * number they have today, so they may not grow while they are being split.
 */
@AnalyzeClasses(packages = "org.coalition", importOptions = ImportOption.DoNotIncludeTests.class)
class PageBeanArchitectureTest {

    /**
     * The most services a page bean may use: what the dashboard used in 2026-12, before each of its forms became a
     * bean of its own (a form's bean is a page bean too, named and in the web layer, and counts on its own).
     */
    static final int MOST_SERVICES = 4;

    /** Known heavy pages and the services they use today; lower these as the pages are split. */
    static final Map<String, Integer> HEAVY_PAGES = Map.of();

    /**
     * Pages whose first view is one use case: their {@code load()} asks one service method, which answers
     * everything the page shows with one access check.
     */
    static final Set<String> USE_CASE_PAGES = Set.of("CoalitionDashboardView", "StakeholderView");

    private static final ArchCondition<JavaClass> USE_FEW_SERVICES =
            new ArchCondition<>("use at most " + MOST_SERVICES + " services (heavy pages: as listed)") {
                @Override
                public void check(JavaClass page, ConditionEvents events) {
                    Set<String> services = new TreeSet<>();
                    for (Dependency dependency : page.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        if (isService(target)) {
                            services.add(target.getSimpleName());
                        }
                    }
                    int allowed = HEAVY_PAGES.getOrDefault(page.getSimpleName(), MOST_SERVICES);
                    events.add(new SimpleConditionEvent(
                            page,
                            services.size() <= allowed,
                            page.getSimpleName() + " uses " + services.size() + " services (at most " + allowed + "): "
                                    + services));
                }
            };

    private static final ArchCondition<JavaClass> LOAD_WITH_ONE_CALL =
            new ArchCondition<>("load the first view with one service call") {
                @Override
                public void check(JavaClass page, ConditionEvents events) {
                    List<String> calls = new ArrayList<>();
                    page.getMethods().stream()
                            .filter(m -> m.getName().equals("load")
                                    && m.getRawParameterTypes().isEmpty())
                            .flatMap(m -> m.getMethodCallsFromSelf().stream())
                            .filter(call -> isService(call.getTargetOwner()))
                            .forEach(call -> calls.add(call.getTargetOwner().getSimpleName() + "." + call.getName()));
                    events.add(new SimpleConditionEvent(
                            page,
                            calls.size() == 1,
                            page.getSimpleName() + ".load() calls " + calls.size() + " service methods (one): "
                                    + calls));
                }
            };

    static boolean isService(JavaClass type) {
        return type.isAnnotatedWith(Stateless.class)
                || type.isAnnotatedWith(Singleton.class)
                || type.isAnnotatedWith(Stateful.class);
    }

    @ArchTest
    static final ArchRule use_case_pages_load_with_one_service_call = classes()
            .that()
            .areAnnotatedWith(Named.class)
            .and()
            .resideInAPackage("org.coalition.web..")
            .and(DescribedPredicate.describe(
                    "are use-case pages " + USE_CASE_PAGES,
                    (JavaClass page) -> USE_CASE_PAGES.contains(page.getSimpleName())))
            .should(LOAD_WITH_ONE_CALL);

    @ArchTest
    static final ArchRule page_beans_use_few_services = classes()
            .that()
            .areAnnotatedWith(Named.class)
            .and()
            .resideInAPackage("org.coalition.web..")
            .should(USE_FEW_SERVICES);
}
