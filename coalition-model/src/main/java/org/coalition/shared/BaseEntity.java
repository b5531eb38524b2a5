package org.coalition.shared;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * Identity and optimistic locking shared by every entity.
 * <p>
 * Ids come from one database sequence (created by the Flyway migrations) because
 * {@code GenerationType.IDENTITY} fails on H2 2.x with EclipseLink. The allocation size
 * must match the sequence's {@code INCREMENT BY}.
 */
@MappedSuperclass
@EntityListeners(ChangeStamp.Listener.class)
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "coalition_seq", sequenceName = "coalition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coalition_seq")
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass() || id == null) {
            return false;
        }
        return id.equals(((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
