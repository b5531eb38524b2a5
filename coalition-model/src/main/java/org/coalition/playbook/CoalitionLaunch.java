package org.coalition.playbook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.coalition.coalition.Coalition;
import org.coalition.coalition.CoalitionDraft;
import org.coalition.commonground.PurposeStatement;
import org.coalition.rhythm.CadenceDraft;
import org.coalition.stakeholder.StakeholderDraft;

/**
 * Everything the setup wizard gathered, created in one go. Only the basics are needed; every other part
 * may be left out (null or empty) and done later on the coalition's own pages.
 */
public class CoalitionLaunch implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{CoalitionService.fillCoalitionFirst}")
    @Valid
    private CoalitionDraft basics = new CoalitionDraft();

    /** Why no single person or department could push this alone. */
    @Size(max = Coalition.RATIONALE_MAX, message = "{CoalitionLaunch.whyItNeedsCoalition}")
    private String rationale;

    @Size(max = PurposeStatement.MAX, message = "{CommonGroundService.purpose2000Characters}")
    private String purpose;

    /** User names of the executives who sponsor it. */
    @NotNull
    private List<String> sponsors = new ArrayList<>();

    /** Null to keep the default weekly cadence for now. */
    @Valid
    private CadenceDraft cadence;

    @NotNull
    private List<@Valid StakeholderDraft> stakeholders = new ArrayList<>();

    /** The template whose milestone skeletons and quick-win ideas to take over, or null. */
    private Long templateId;

    public CoalitionDraft getBasics() {
        return basics;
    }

    public void setBasics(CoalitionDraft basics) {
        this.basics = basics;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public List<String> getSponsors() {
        return sponsors;
    }

    public void setSponsors(List<String> sponsors) {
        this.sponsors = sponsors == null ? new ArrayList<>() : sponsors;
    }

    public CadenceDraft getCadence() {
        return cadence;
    }

    public void setCadence(CadenceDraft cadence) {
        this.cadence = cadence;
    }

    public List<StakeholderDraft> getStakeholders() {
        return stakeholders;
    }

    public void setStakeholders(List<StakeholderDraft> stakeholders) {
        this.stakeholders = stakeholders == null ? new ArrayList<>() : stakeholders;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }
}
