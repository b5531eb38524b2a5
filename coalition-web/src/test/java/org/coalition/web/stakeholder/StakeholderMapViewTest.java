package org.coalition.web.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StakeholderMapViewTest {

    @Test
    void should_write_the_first_letters_of_the_first_and_last_name_on_a_dot() {
        assertEquals("JN", StakeholderMapView.initials("Jana Novak"));
        assertEquals("MG", StakeholderMapView.initials("  marcus  de la Grant "));
        assertEquals("C", StakeholderMapView.initials("Cher"));
        assertEquals("ÖÅ", StakeholderMapView.initials("Örjan Åberg"));
        assertEquals("?", StakeholderMapView.initials("   "));
        assertEquals("?", StakeholderMapView.initials(null));
    }
}
