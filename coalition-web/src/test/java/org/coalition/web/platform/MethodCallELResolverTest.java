package org.coalition.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cached method calls give what the standard resolver gives (real EL implementation, the resolver in front
 * of the standard ones, as in the Faces chain), and leave the ambiguous cases to it.
 */
class MethodCallELResolverTest {

    public enum Status {
        OPEN,
        DONE
    }

    /** Not public: its methods must be called through the public type that declares them. */
    static final class Hidden implements Comparable<Hidden> {
        @Override
        public int compareTo(Hidden o) {
            return 7;
        }
    }

    public static class Page {
        final AtomicInteger calls = new AtomicInteger();

        public boolean may(String action) {
            calls.incrementAndGet();
            return "VIEW".equals(action);
        }

        public String status(Status s) {
            return s.name().toLowerCase();
        }

        public long twice(long n) {
            return 2 * n;
        }

        public String fail() {
            throw new IllegalStateException("refused");
        }
    }

    private final MethodCallELResolver resolver = new MethodCallELResolver();
    private ELProcessor el;
    private Page page;

    @BeforeEach
    void setUp() {
        el = new ELProcessor();
        el.getELManager().addELResolver(resolver);
        page = new Page();
        el.defineBean("page", page);
        el.defineBean("list", List.of("a", "b", "c"));
        el.defineBean("hidden", new Hidden());
    }

    @Test
    void calls_give_what_the_standard_resolver_gives() {
        for (int i = 0; i < 3; i++) {
            assertEquals(true, el.eval("page.may('VIEW')"));
            assertEquals(false, el.eval("page.may('EDIT')"));
        }
        assertEquals(6, page.calls.get());
        assertTrue(
                resolver.methods
                        .get(new MethodCallELResolver.Key(Page.class, "may", 1))
                        .isPresent(),
                "looked up once, kept");
        assertEquals("done", el.eval("page.status('DONE')"), "a text argument becomes the enum parameter");
        assertEquals((Object) 42L, el.eval("page.twice(21)"));
        assertEquals(
                (Object) 3, el.eval("list.size()"), "an immutable list's class is not public: called through List");
        assertEquals("b", el.eval("list.get(1)"));
        assertTrue(
                MethodCallELResolver.find(new MethodCallELResolver.Key(Hidden.class, "compareTo", 1))
                        .isEmpty(),
                "declared only by a class that is not public: left to the standard resolver");
    }

    @Test
    void overloads_are_left_to_the_standard_resolver() {
        assertEquals("a-b", el.eval("'a b'.replace(' ', '-')"));
        assertTrue(MethodCallELResolver.find(new MethodCallELResolver.Key(String.class, "replace", 2))
                .isEmpty());
    }

    @Test
    void a_failing_method_fails_the_expression() {
        ELException e = assertThrows(ELException.class, () -> el.eval("page.fail()"));
        assertTrue(String.valueOf(e.getCause()).contains("refused")
                || String.valueOf(e.getMessage()).contains("refused"));
    }
}
