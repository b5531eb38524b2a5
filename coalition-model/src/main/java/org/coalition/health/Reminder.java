package org.coalition.health;

import java.util.List;

/**
 * A nudge the reminder job posts to a coalition's feed and, when mail is configured, e-mails.
 *
 * @param key        identifies the reminder within its coalition and period: the same key is posted once,
 *                   whichever server of a cluster gets there first
 * @param text       the feed post, in plain words
 * @param recipients the user names of the people concerned, in a stable order
 */
public record Reminder(Kind kind, String key, String text, List<String> recipients) {

    public enum Kind {
        SYNC_DUE("Sync due"),
        ONE_ON_ONES_DUE("One-on-ones due"),
        STALE_DISAGREEMENTS("Stale disagreements"),
        PROMISES_DUE("Promises due");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Reminder {
        recipients = List.copyOf(recipients);
    }
}
