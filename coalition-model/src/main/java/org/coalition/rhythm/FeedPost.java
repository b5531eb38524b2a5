package org.coalition.rhythm;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.coalition.shared.BaseEntity;

/** A post on the coalition's feed: an update, a celebration of a win, a recognition, a reminder. */
@Entity
@Table(name = "feed_post")
public class FeedPost extends BaseEntity {

    /** What a post is; celebrations and recognitions also make the wins wall. */
    public enum Kind {
        UPDATE("Update"), CELEBRATION("Celebration"), RECOGNITION("Recognition"), REMINDER("Reminder");

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

    public long getCoalitionId() { return coalitionId; }
    public Kind getKind() { return kind; }
    public Instant getPostedAt() { return postedAt; }
    public String getAuthor() { return author; }
    public String getText() { return text; }
}
