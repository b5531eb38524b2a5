package org.coalition.rhythm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.coalition.shared.BaseEntity;
import org.coalition.shared.Said;

/** A post on the coalition's feed: an update, a celebration of a win, a recognition, a reminder. */
@Entity
@Table(name = "feed_post")
public class FeedPost extends BaseEntity {

    /** What a post is; celebrations and recognitions also make the wins wall. */
    public enum Kind {
        UPDATE("Update"),
        CELEBRATION("Celebration"),
        RECOGNITION("Recognition"),
        REMINDER("Reminder");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Column(name = "coalition_id", nullable = false, updatable = false)
    private long coalitionId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @NotNull
    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String author;

    @NotBlank
    @Size(max = 4000)
    @Column(nullable = false)
    private String text;

    /** The key of a post the system wrote ({@code said.feed.…}), {@code null} for one a person wrote or an old one. */
    @Size(max = 100)
    @Column(name = "text_key", updatable = false)
    private String textKey;

    /** The values of that sentence ({@link Said#storedArguments()}). */
    @Size(max = 4000)
    @Column(name = "text_args", updatable = false)
    private String textArgs;

    protected FeedPost() {
        // for JPA
    }

    public FeedPost(long coalitionId, Kind kind, Instant postedAt, String author, String text) {
        this.coalitionId = coalitionId;
        this.kind = kind;
        this.postedAt = postedAt;
        this.author = author;
        this.text = text.strip();
    }

    /**
     * A post the system writes, kept as key and values so that each reader reads it in their language; its
     * English is kept as the text (for exports, the API and older readers). When the values do not fit, only
     * the English is kept.
     */
    public FeedPost(long coalitionId, Kind kind, Instant postedAt, String author, Said said) {
        this(coalitionId, kind, postedAt, author, clip(said.english()));
        String arguments = said.storedArguments();
        if (arguments.length() <= 4000) {
            this.textKey = said.key();
            this.textArgs = arguments;
        }
    }

    private static String clip(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 3999) + "\u2026";
    }

    /** What the post says, for the reader's language: the system's sentence, or the text as it was written. */
    public Said getSaid() {
        return Said.stored(textKey, textArgs, text);
    }

    public long getCoalitionId() {
        return coalitionId;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public String getTextKey() {
        return textKey;
    }

    public String getTextArgs() {
        return textArgs;
    }
}
