package org.coalition.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;

/**
 * Security lives in the service layer: every public method of an EJB is a business method anyone with a
 * reference can call, so each one states who may call it. The house convention is a class-wide
 * {@code @RolesAllowed} (or {@code @PermitAll} for infrastructure) with method-level annotations where a
 * method differs; either satisfies this rule, a method with neither on itself nor its class does not.
 */
@AnalyzeClasses(packages = "org.coalition", importOptions = ImportOption.DoNotIncludeTests.class)
class ServiceSecurityArchitectureTest {

    private static final DescribedPredicate<JavaClass> ENTERPRISE_BEANS =
            new DescribedPredicate<>("are enterprise beans (@Stateless, @Singleton, @Stateful)") {
                @Override
                public boolean test(JavaClass owner) {
                    return owner.isAnnotatedWith(Stateless.class)
                            || owner.isAnnotatedWith(Singleton.class)
                            || owner.isAnnotatedWith(Stateful.class);
                }
            };

    private static final ArchCondition<JavaMethod> STATE_WHO_MAY_CALL_THEM =
            new ArchCondition<>(
                    "state who may call them (@RolesAllowed, @PermitAll or @DenyAll on the method or its class)") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean stated = states(
                                    method.isAnnotatedWith(RolesAllowed.class),
                                    method.isAnnotatedWith(PermitAll.class),
                                    method.isAnnotatedWith(DenyAll.class))
                            || states(
                                    method.getOwner().isAnnotatedWith(RolesAllowed.class),
                                    method.getOwner().isAnnotatedWith(PermitAll.class),
                                    false);
                    events.add(new SimpleConditionEvent(
                            method,
                            stated,
                            method.getFullName() + (stated ? " states" : " does not state") + " who may call it"));
                }

                private boolean states(boolean... annotations) {
                    for (boolean present : annotations) {
                        if (present) {
                            return true;
                        }
                    }
                    return false;
                }
            };

    @ArchTest
    static final ArchRule every_public_ejb_method_states_who_may_call_it = methods()
            .that()
            .arePublic()
            .and()
            .areDeclaredInClassesThat(ENTERPRISE_BEANS)
            .should(STATE_WHO_MAY_CALL_THEM)
            .because("pages only hide what services refuse (RULES.md, quality bar)");
}
