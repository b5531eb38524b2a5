package org.coalition.web.platform;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Holds this server's {@link RenderedPages} and drops a session's copies when it ends or changes its id.
 * {@code coalition.pages.copy-seconds} (default 10, 0 switches copies off) is how old a copy may be, which
 * bounds how long another server's writes take to show; {@code coalition.pages.copy-megabytes} (default 64)
 * what all copies may hold.
 */
@WebListener
public class RenderedPagesListener implements ServletContextListener, HttpSessionListener, HttpSessionIdListener {

    private static final String ATTRIBUTE = RenderedPages.class.getName();

    static RenderedPages pages(ServletContext context) {
        return (RenderedPages) context.getAttribute(ATTRIBUTE);
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var config = ConfigProvider.getConfig();
        int seconds = config.getOptionalValue("coalition.pages.copy-seconds", Integer.class).orElse(10);
        int megabytes = config.getOptionalValue("coalition.pages.copy-megabytes", Integer.class).orElse(64);
        event.getServletContext().setAttribute(ATTRIBUTE, new RenderedPages(seconds * 1000L, megabytes * 1024L * 1024L));
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        RenderedPages pages = pages(event.getSession().getServletContext());
        if (pages != null) {
            pages.forget(event.getSession().getId());
        }
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        RenderedPages pages = pages(event.getSession().getServletContext());
        if (pages != null) {
            pages.forget(oldSessionId);
        }
    }
}
