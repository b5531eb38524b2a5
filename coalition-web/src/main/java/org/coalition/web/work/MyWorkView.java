package org.coalition.web.work;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coalition.milestone.MilestoneService;
import org.coalition.milestone.Task;
import org.coalition.web.milestone.TaskEditor;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Pager;
import org.coalition.work.ConversationDue;
import org.coalition.work.MyWorkService;
import org.coalition.work.NextSync;

/**
 * A member's page across coalitions: their open tasks, updated in place; the stakeholders they owe a
 * conversation; when each of their coalitions next meets. Every list is a page from the database: the
 * tasks a page at a time as a plain table with one form ({@link TaskEditor}), the conversations a page at a time as
 * a plain table of links (neither list sorts or filters, so neither needs a lazy table's components), the next syncs
 * a few at a time with "show more".
 */
@Named
@ViewScoped
public class MyWorkView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Next syncs shown at first, and added by each "show more". */
    static final int SYNCS_STEP = 10;

    @EJB
    private MyWorkService myWork;

    @EJB
    private MilestoneService milestones;

    /** Open tasks a page at a time (a busy member has thousands). */
    static final int TASK_PAGE = 25;

    private final Pager pager = new Pager(TASK_PAGE);
    private transient List<TaskEditor.Row> taskPage;
    private final TaskEditor taskEditor = new TaskEditor("taskEdits:save");

    /** Stakeholders owed a conversation, a page at a time (an owner of many relationships has hundreds). */
    static final int CONVERSATION_PAGE = 25;

    private final Pager conversationPager = new Pager(CONVERSATION_PAGE);
    private transient List<ConversationDue> conversationPage;

    private int syncsShown = SYNCS_STEP;
    private List<NextSync> nextSyncs;

    public void load() {
        // one more than shown tells whether there are more
        nextSyncs = myWork.nextSyncs(syncsShown + 1);
        taskPage = null; // read again when the table renders
        conversationPage = null;
    }

    /**
     * The page of open tasks shown, read with one row more to know whether a next page follows: counting a busy
     * member's thousands of open tasks at every view would cost more than the page.
     */
    public List<TaskEditor.Row> getTaskPage() {
        if (taskPage == null) {
            List<Task> rows = myWork.tasks(pager.getFirst(), TASK_PAGE + 1);
            if (rows.isEmpty() && pager.isPrevious()) { // the page emptied (its tasks done): the one before
                pager.previous();
                rows = myWork.tasks(pager.getFirst(), TASK_PAGE + 1);
            }
            taskPage = taskEditor.rows(pager.uncounted(rows), task -> true, task -> true);
        }
        return taskPage;
    }

    /** Saves the row whose Save button was pressed (its id comes as the button's value, one form for all). */
    public void saveTask() {
        taskEditor.save(milestones, saved -> I18n.format("msg.taskUpdatedNamed", saved.getTitle()));
        taskPage = null;
    }

    public void nextPage() {
        pager.next();
        taskPage = null;
    }

    public void previousPage() {
        pager.previous();
        taskPage = null;
    }

    public Pager getPager() {
        return pager;
    }

    public void showMoreSyncs() {
        syncsShown += SYNCS_STEP;
        load();
    }

    /** The page of conversations due, read with one row more than shown to know whether a next page follows. */
    public List<ConversationDue> getConversationPage() {
        if (conversationPage == null) {
            List<ConversationDue> rows = myWork.conversationsDue(conversationPager.getFirst(), CONVERSATION_PAGE + 1);
            if (rows.isEmpty() && conversationPager.isPrevious()) { // the page emptied (conversations held)
                conversationPager.previous();
                rows = myWork.conversationsDue(conversationPager.getFirst(), CONVERSATION_PAGE + 1);
            }
            conversationPage = conversationPager.uncounted(rows);
        }
        return conversationPage;
    }

    public Pager getConversationPager() {
        return conversationPager;
    }

    public void nextConversations() {
        conversationPager.next();
        conversationPage = null;
    }

    public void previousConversations() {
        conversationPager.previous();
        conversationPage = null;
    }

    public List<NextSync> getNextSyncs() {
        return nextSyncs.size() > syncsShown ? nextSyncs.subList(0, syncsShown) : nextSyncs;
    }

    public boolean isMoreSyncs() {
        return nextSyncs.size() > syncsShown;
    }
}
