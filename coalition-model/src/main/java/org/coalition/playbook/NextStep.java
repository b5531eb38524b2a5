package org.coalition.playbook;

import org.coalition.health.Pitfall;

/**
 * The next best thing to do: the correction of a pitfall the health advisor found, else the first open
 * item of the current phase, else moving on.
 *
 * @param pitfall the pitfall this step corrects, or null when it comes from the checklist
 * @param itemId  the checklist item it comes from, or null
 */
public record NextStep(org.coalition.shared.Said text, PlaybookPage page, Pitfall pitfall, String itemId) {

    public boolean correctsPitfall() {
        return pitfall != null;
    }
}
