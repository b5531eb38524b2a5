package org.coalition.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly, SameSite=Lax, and Secure when {@code COALITION_SECURE_COOKIES=true}
 * ({@code coalition.secure-cookies}). Set that switch whenever browsers reach Coalition over HTTPS, also
 * through a proxy that ends TLS (Payara then sees plain HTTP and would not mark the cookie Secure itself);
 * it is off by default because the embedded demo runs on http://localhost, where a Secure cookie never
 * comes back. Payara 6 writes a session cookie's SameSite from its HTTP listener (payara-common.sh), and
 * ignores the Servlet 6 cookie attribute set here, which other containers honour.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("coalition.secure-cookies", Boolean.class)
                .orElse(false);
        apply(event.getServletContext().getSessionCookieConfig(), secure);
    }

    static void apply(SessionCookieConfig cookie, boolean secure) {
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        if (secure) {
            cookie.setSecure(true);
        }
    }
}
