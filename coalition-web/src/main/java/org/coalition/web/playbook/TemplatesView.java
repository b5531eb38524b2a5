package org.coalition.web.playbook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.coalition.playbook.CoalitionTemplate;
import org.coalition.playbook.TemplateDraft;
import org.coalition.playbook.TemplateService;
import org.coalition.web.platform.I18n;
import org.coalition.web.platform.Messages;

/** Administrators' page for the coalition templates: the list, and one template edited (or a new one) at a time. */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TemplateService templates;

    private List<CoalitionTemplate> list;
    /** The template being edited, null for a new one. */
    private Long editingId;

    private long editingVersion;
    private TemplateDraft draft = new TemplateDraft();

    @PostConstruct
    void init() {
        list = templates.list();
    }

    public void edit(CoalitionTemplate template) {
        CoalitionTemplate latest = templates.get(template.getId());
        editingId = latest.getId();
        editingVersion = latest.getVersion();
        draft = TemplateDraft.of(latest);
    }

    public void startNew() {
        editingId = null;
        draft = new TemplateDraft();
    }

    public void save() {
        boolean creating = editingId == null;
        CoalitionTemplate[] saved = new CoalitionTemplate[1];
        if (Messages.attempt(
                        () -> saved[0] =
                                creating ? templates.create(draft) : templates.update(editingId, editingVersion, draft),
                        I18n.text(creating ? "msg.templateCreated" : "msg.templateSaved"))
                .done()) {
            editingId = saved[0].getId();
            editingVersion = saved[0].getVersion();
            list = templates.list();
        }
    }

    public List<CoalitionTemplate> getList() {
        return list;
    }

    public Long getEditingId() {
        return editingId;
    }

    public TemplateDraft getDraft() {
        return draft;
    }
}
