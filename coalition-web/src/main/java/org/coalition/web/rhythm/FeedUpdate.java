package org.coalition.web.rhythm;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coalition.rhythm.FeedService;
import org.coalition.web.milestone.CoalitionDashboardView;
import org.coalition.web.platform.I18n;

/**
 * The dashboard's "post an update" form, the feed's one way in from a page. Request scoped: the text is emptied
 * after every post, and input that Faces refused stays in the form's own component.
 */
@Named
@RequestScoped
public class FeedUpdate {

    @EJB
    private FeedService feed;

    @Inject
    private CoalitionDashboardView page;

    private String update;

    public void postUpdate() {
        if (page.attempt(() -> feed.postUpdate(page.getId(), update), I18n.text("msg.updatePosted"))) {
            update = null;
        }
    }

    public String getUpdate() {
        return update;
    }

    public void setUpdate(String update) {
        this.update = update;
    }
}
