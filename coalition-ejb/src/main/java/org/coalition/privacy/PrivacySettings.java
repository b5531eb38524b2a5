package org.coalition.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long notes about people are kept, from MicroProfile Config: {@code coalition.note-retention-days}, or the
 * environment variable {@code COALITION_NOTE_RETENTION_DAYS}; a year by default.
 */
@ApplicationScoped
public class PrivacySettings {

    @Inject
    @ConfigProperty(name = "coalition.note-retention-days", defaultValue = "" + NoteRetention.DEFAULT_DAYS)
    int noteRetentionDays;

    public NoteRetention retention() {
        return new NoteRetention(noteRetentionDays);
    }
}
