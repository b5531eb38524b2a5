package org.coalition.web.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coalition.network.LinkField;
import org.coalition.web.exchange.ImportUploadTest;
import org.junit.jupiter.api.Test;

class ImportLinksViewTest {

    @Test
    void should_type_the_field_of_a_column_as_a_link_field_so_faces_converts_the_menus_choice() {
        assertEquals(
                LinkField.class,
                ImportUploadTest.fieldType(new ImportLinksView.Column(0, "Who", "Ann", LinkField.FROM)));
    }
}
