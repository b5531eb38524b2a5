package org.coalition.rhythm;

import java.io.Serializable;

/**
 * A coalition's sync cadence as the rhythm page edits it.
 *
 * @param version the stored cadence's version, to send back with a change; {@code null} while the
 *                coalition still follows the default rhythm
 */
public record CadenceSetting(Cadence cadence, Long version) implements Serializable {

    public boolean isDefault() {
        return version == null;
    }
}
