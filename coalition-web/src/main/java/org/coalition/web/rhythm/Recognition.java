package org.coalition.web.rhythm;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coalition.rhythm.FeedService;
import org.coalition.web.milestone.CoalitionDashboardView;
import org.coalition.web.platform.I18n;

/**
 * The dashboard's thank-you form: a contribution recognised in public, on the wins wall. Request scoped: both
 * fields are emptied after every thank-you, and input that Faces refused stays in the form's own components.
 */
@Named
@RequestScoped
public class Recognition {

    @EJB
    private FeedService feed;

    @Inject
    private CoalitionDashboardView page;

    private String recognizedWho;
    private String recognizedWhat;

    public void recognize() {
        if (page.attempt(
                () -> feed.recognize(page.getId(), recognizedWho, recognizedWhat), I18n.text("msg.thankYouPosted"))) {
            recognizedWho = null;
            recognizedWhat = null;
        }
    }

    public String getRecognizedWho() {
        return recognizedWho;
    }

    public void setRecognizedWho(String recognizedWho) {
        this.recognizedWho = recognizedWho;
    }

    public String getRecognizedWhat() {
        return recognizedWhat;
    }

    public void setRecognizedWhat(String recognizedWhat) {
        this.recognizedWhat = recognizedWhat;
    }
}
