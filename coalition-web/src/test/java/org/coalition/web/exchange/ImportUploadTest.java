package org.coalition.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.el.ELContext;
import jakarta.el.ELManager;
import jakarta.el.ELProcessor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.coalition.exchange.StakeholderField;
import org.coalition.exchange.Table;
import org.coalition.network.LinkField;
import org.junit.jupiter.api.Test;
import org.primefaces.model.file.UploadedFile;

/** The file steps both import pages share: reading the upload, guessing its columns, the preview, the fields chosen. */
public class ImportUploadTest {

    /** A page's column, as the import pages declare theirs. */
    public static final class LinkColumn extends ImportUpload.Column<LinkField> {
        private static final long serialVersionUID = 1L;

        LinkColumn(int index, String header, String example, LinkField field) {
            super(index, header, example, field);
        }
    }

    /** The page texts outside a Faces request: the key itself. */
    private static final UnaryOperator<String> TEXTS = key -> key;

    private final ImportUpload<LinkField, LinkColumn> upload = new ImportUpload<>(LinkField.class, LinkColumn::new);

    @Test
    void should_read_the_file_and_guess_the_field_of_each_column_from_its_header() {
        assertNull(upload.read(
                csv("links.csv", "Who,Whom,Phone,Strength,Comment\nAnn,Bob,123,3,old friends\nCid,Dee,,1,\n"), TEXTS));

        assertEquals("links.csv", upload.getFileName());
        assertEquals(
                List.of("Who", "Whom", "Phone", "Strength", "Comment"),
                upload.getTable().header());
        assertEquals(2, upload.getTable().rows().size());
        List<LinkColumn> columns = upload.getColumns();
        assertEquals(
                List.of(0, 1, 2, 3, 4),
                columns.stream().map(LinkColumn::getIndex).toList());
        assertEquals(
                List.of("Who", "Whom", "Phone", "Strength", "Comment"),
                columns.stream().map(LinkColumn::getHeader).toList());
        assertEquals(
                List.of("Ann", "Bob", "123", "3", "old friends"),
                columns.stream().map(LinkColumn::getExample).toList());
        assertEquals(
                Arrays.asList(LinkField.FROM, LinkField.TO, null, LinkField.STRENGTH, LinkField.NOTE), upload.fields());
    }

    @Test
    void should_give_the_fields_as_the_person_changed_them() {
        upload.read(csv("links.csv", "Who,Whom,Phone\nAnn,Bob,123\n"), TEXTS);
        upload.getColumns().get(1).setField(null);
        upload.getColumns().get(2).setField(LinkField.TO);

        assertEquals(Arrays.asList(LinkField.FROM, null, LinkField.TO), upload.fields());
    }

    @Test
    void should_preview_the_first_five_rows() {
        assertEquals(List.of(), upload.getPreview());

        upload.read(csv("links.csv", "Who,Whom\n1,a\n2,b\n3,c\n4,d\n5,e\n6,f\n7,g\n"), TEXTS);
        assertEquals(
                List.of("1", "2", "3", "4", "5"),
                upload.getPreview().stream().map(row -> row.get(0)).toList());

        upload.read(csv("links.csv", "Who,Whom\n1,a\n2,b\n"), TEXTS);
        assertEquals(List.of(List.of("1", "a"), List.of("2", "b")), upload.getPreview());
    }

    @Test
    void should_say_why_a_file_cannot_be_read_and_keep_the_last_one() {
        upload.read(csv("first.csv", "Who,Whom\nAnn,Bob\n"), TEXTS);
        Table first = upload.getTable();

        assertEquals("io.import.noFile", upload.read(null, TEXTS));
        assertEquals("io.import.noFile", upload.read(csv("empty.csv", ""), TEXTS));
        assertEquals("io.import.noRows", upload.read(csv("header.csv", "Who,Whom\n"), TEXTS));
        assertEquals(
                "Old Excel files (.xls) are not read: save the sheet as .xlsx or .csv.",
                upload.read(csv("old.xls", "x"), TEXTS));

        assertSame(first, upload.getTable());
        assertEquals("first.csv", upload.getFileName());
        assertEquals(Arrays.asList(LinkField.FROM, LinkField.TO), upload.fields());
    }

    @Test
    void should_survive_serialization_with_the_view_but_not_keep_the_uploaded_file() throws Exception {
        upload.setFile(csv("links.csv", "Who,Whom\nAnn,Bob\n"));
        upload.read(upload.getFile(), TEXTS);

        ImportUpload<?, ?> copy = copy(upload);

        assertNull(copy.getFile());
        assertEquals(upload.getTable(), copy.getTable());
        assertEquals(upload.fields(), copy.fields());
        assertNull(copy.read(csv("more.csv", "Whom,Who\nBob,Ann\n"), TEXTS), "the column factory survives too");
        assertEquals(List.of(LinkField.TO, LinkField.FROM), copy.fields());
    }

    @Test
    void should_type_the_field_of_a_pages_column_as_its_enum_so_faces_converts_the_menus_choice() {
        assertEquals(
                StakeholderField.class,
                fieldType(new ImportStakeholdersView.Column(0, "Name", "Ann", StakeholderField.NAME)));
    }

    /**
     * The type the real EL gives {@code #{col.field}}: what Faces picks the menu's converter by. A page's column names
     * its enum in a subclass for this; the generic column alone would give {@code Object} and the choice would stay text.
     */
    public static Class<?> fieldType(Object column) {
        ELProcessor el = new ELProcessor();
        el.defineBean("col", column);
        ELContext context = el.getELManager().getELContext();
        return ELManager.getExpressionFactory()
                .createValueExpression(context, "#{col.field}", Object.class)
                .getType(context);
    }

    private static ImportUpload<?, ?> copy(ImportUpload<?, ?> upload) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(upload);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ImportUpload<?, ?>) in.readObject();
        }
    }

    static UploadedFile csv(String name, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        return new UploadedFile() {
            @Override
            public String getFileName() {
                return name;
            }

            @Override
            public String getWebkitRelativePath() {
                return null;
            }

            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(content);
            }

            @Override
            public byte[] getContent() {
                return content;
            }

            @Override
            public String getContentType() {
                return "text/csv";
            }

            @Override
            public long getSize() {
                return content.length;
            }

            @Override
            public File write(String filePath) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete() {
                // nothing stored
            }
        };
    }
}
