package org.coalition.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionCookieSettingsTest {

    /** What was set on the session cookie's configuration, by setter name (attributes by their name). */
    private static SessionCookieConfig recording(Map<String, Object> set) {
        return (SessionCookieConfig) Proxy.newProxyInstance(
                SessionCookieSettingsTest.class.getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setAttribute" -> set.put((String) args[0], args[1]);
                        case "setHttpOnly", "setSecure" -> set.put(method.getName(), args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }

    @Test
    void should_make_the_session_cookie_http_only_and_same_site_lax_but_not_secure_by_default() {
        Map<String, Object> set = new HashMap<>();
        SessionCookieSettings.apply(recording(set), false);
        assertEquals(Map.of("setHttpOnly", true, "SameSite", "Lax"), set);
    }

    @Test
    void should_make_it_secure_when_switched_on() {
        Map<String, Object> set = new HashMap<>();
        SessionCookieSettings.apply(recording(set), true);
        assertEquals(Map.of("setHttpOnly", true, "SameSite", "Lax", "setSecure", true), set);
    }
}
