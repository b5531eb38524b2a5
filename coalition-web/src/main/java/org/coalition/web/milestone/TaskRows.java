package org.coalition.web.milestone;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coalition.milestone.Milestone;
import org.coalition.milestone.Task;
import org.coalition.milestone.TaskStatus;
import org.coalition.web.platform.I18n;

/**
 * The rows of a page of tasks ({@code <co:taskRows value="#{…}" form="taskEdits" layout="coalition"/>} inside a
 * table's {@code tbody}), written by one component instead of a repeat with an expression in every cell: a row
 * has about twenty values, and a view of the dashboard or of My work spent about 5 % of its CPU resolving them
 * (measured in one window against the repeat, docs/benchmark.md). The markup is what the pages wrote before: each
 * editable row's status and notes are plain inputs of the page's one task form ({@link TaskEditor}), named after
 * the task, their accessible names the hidden labels written once after the table ({@code
 * task-editor-labels.xhtml}) followed by the task's title. Every value is written through the response writer,
 * which escapes text and attributes.
 *
 * <p>Layouts: {@code coalition} (the dashboard: task, milestone, who, due, status or editor; the viewer's own open
 * tasks marked) and {@code mine} (My work: task, coalition, milestone, due, editor; blocked tasks marked).
 */
@FacesComponent(value = TaskRows.TYPE, createTag = true, tagName = "taskRows", namespace = TaskRows.NAMESPACE)
public class TaskRows extends UIComponentBase {

    public static final String TYPE = "org.coalition.TaskRows";
    public static final String NAMESPACE = "coalition";

    @Override
    public String getFamily() {
        return "org.coalition";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children: the rows are the component's own output
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        List<TaskEditor.Row> rows = rows();
        if (rows == null || rows.isEmpty()) {
            return;
        }
        Texts texts = new Texts(I18n.bundle(I18n.locale()));
        String form = Objects.requireNonNull((String) getAttributes().get("form"), "form");
        boolean mine = "mine".equals(getAttributes().get("layout"));
        String contextPath = context.getExternalContext().getRequestContextPath();
        ResponseWriter out = context.getResponseWriter();
        for (TaskEditor.Row row : rows) {
            Task task = row.task();
            boolean blocked = task.getStatus() == TaskStatus.BLOCKED;
            out.startElement("tr", this);
            out.writeAttribute("class", rowClass(mine, row.overdue(), blocked, row.mine()), null);

            out.startElement("td", this);
            span(out, "task-" + row.id() + ":title", null, task.getTitle());
            if (!mine && row.mine()) {
                badge(out, "badge badge-mine", texts.yours);
            }
            if (row.overdue()) {
                badge(out, "badge badge-assumed", texts.overdue);
            }
            if (mine && blocked) {
                badge(out, "badge badge-assumed", texts.blocked);
            }
            out.endElement("td");

            if (mine) {
                out.startElement("td", this);
                out.startElement("a", this);
                out.writeAttribute("class", "coalition-link", null);
                out.writeURIAttribute(
                        "href",
                        contextPath + "/coalitions/dashboard.xhtml?id="
                                + task.getCoalition().getId(),
                        null);
                out.writeText(task.getCoalition().getName(), null);
                out.endElement("a");
                out.endElement("td");
            }
            Milestone milestone = task.getMilestone();
            cell(out, milestone == null ? null : milestone.getTitle());
            if (!mine) {
                cell(out, task.getAssignee() == null ? null : task.getAssignee().getDisplayName());
            }
            cell(out, task.getDueOn());

            out.startElement("td", this);
            if (mine || row.editable()) {
                editor(out, row, form, texts);
            } else {
                out.writeText(I18n.labelOf(row.status()) + " ", null);
                span(out, null, "muted", row.notes());
            }
            out.endElement("td");
            out.endElement("tr");
        }
    }

    /** The rows: the attributes map evaluates the tag's expression. */
    @SuppressWarnings("unchecked")
    private List<TaskEditor.Row> rows() {
        return (List<TaskEditor.Row>) getAttributes().get("value");
    }

    private static String rowClass(boolean mine, boolean overdue, boolean blocked, boolean own) {
        return Stream.of(
                        mine ? "my-task" : null,
                        overdue ? "overdue" : null,
                        blocked ? "blocked" : null,
                        !mine && own ? "mine" : null)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    /** A task's status and notes as inputs of the page's task form, and the button that saves them. */
    private void editor(ResponseWriter out, TaskEditor.Row row, String form, Texts texts) throws IOException {
        String name = "task-" + row.id() + ":";
        out.startElement("div", this);
        out.writeAttribute("class", "task-form", null);
        out.writeAttribute("id", name + "task", null);

        out.startElement("select", this);
        out.writeAttribute("id", name + "status", null);
        out.writeAttribute("name", name + "status", null);
        out.writeAttribute("form", form, null);
        out.writeAttribute("aria-labelledby", "task-status-of " + name + "title", null);
        for (TaskStatus status : TaskStatus.values()) {
            out.startElement("option", this);
            out.writeAttribute("value", status.name(), null);
            if (status == row.status()) {
                out.writeAttribute("selected", "selected", null);
            }
            out.writeText(texts.status(status), null);
            out.endElement("option");
        }
        out.endElement("select");

        out.startElement("input", this);
        out.writeAttribute("type", "text", null);
        out.writeAttribute("id", name + "notes", null);
        out.writeAttribute("name", name + "notes", null);
        out.writeAttribute("form", form, null);
        out.writeAttribute("value", row.notes() == null ? "" : row.notes(), null);
        out.writeAttribute("maxlength", "2000", null);
        out.writeAttribute("placeholder", texts.notesPlaceholder, null);
        out.writeAttribute("aria-labelledby", "task-notes-of " + name + "title", null);
        out.endElement("input");

        out.startElement("input", this);
        out.writeAttribute("type", "hidden", null);
        out.writeAttribute("name", name + "version", null);
        out.writeAttribute("form", form, null);
        out.writeAttribute("value", String.valueOf(row.task().getVersion()), null);
        out.endElement("input");

        out.startElement("button", this);
        out.writeAttribute("type", "submit", null);
        out.writeAttribute("id", name + "save", null);
        out.writeAttribute("name", form + ":save", null);
        out.writeAttribute("value", String.valueOf(row.id()), null);
        out.writeAttribute("form", form, null);
        out.writeAttribute("class", "small", null);
        out.writeText(texts.save, null);
        out.endElement("button");
        out.endElement("div");
    }

    private void cell(ResponseWriter out, Object text) throws IOException {
        out.startElement("td", this);
        if (text != null) {
            out.writeText(text.toString(), null);
        }
        out.endElement("td");
    }

    private void span(ResponseWriter out, String id, String styleClass, String text) throws IOException {
        out.startElement("span", this);
        if (id != null) {
            out.writeAttribute("id", id, null);
        }
        if (styleClass != null) {
            out.writeAttribute("class", styleClass, null);
        }
        if (text != null) {
            out.writeText(text, null);
        }
        out.endElement("span");
    }

    private void badge(ResponseWriter out, String styleClass, String text) throws IOException {
        out.writeText(" ", null);
        span(out, null, styleClass, text);
    }

    /** The page texts a table needs, looked up once per table rather than once per row. */
    private static final class Texts {

        private final ResourceBundle bundle;
        private final String yours;
        private final String overdue;
        private final String blocked;
        private final String save;
        private final String notesPlaceholder;
        private final String[] statuses = new String[TaskStatus.values().length];

        Texts(ResourceBundle bundle) {
            this.bundle = bundle;
            yours = bundle.getString("dashboard.yours");
            overdue = bundle.getString("dashboard.overdue");
            blocked = bundle.getString("myWork.blocked");
            save = bundle.getString("coalition.save");
            notesPlaceholder = bundle.getString("dashboard.progressNotes");
        }

        String status(TaskStatus status) {
            if (statuses[status.ordinal()] == null) {
                statuses[status.ordinal()] = bundle.getString("enum.TaskStatus." + status.name());
            }
            return statuses[status.ordinal()];
        }
    }
}
