package org.coalition.exchange;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** An uploaded file as a table: .xlsx through POI, anything else as CSV text (UTF-8, or Windows-1252 when it is not UTF-8). */
public final class ImportFile {

    /** Uploads larger than this are refused (about 50,000 typical rows). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private ImportFile() {}

    public static Table read(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new ExchangeException("The file is larger than 10 MB. Split it into smaller files.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip =
                content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (name.endsWith(".xlsx") || zip) {
            return Xlsx.read(new ByteArrayInputStream(content));
        }
        if (name.endsWith(".xls")) {
            throw new ExchangeException("Old Excel files (.xls) are not read: save the sheet as .xlsx or .csv.");
        }
        return Csv.read(text(content));
    }

    private static String text(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            // Excel's "CSV" on Windows writes the ANSI code page
            return new String(content, Charset.forName("windows-1252"));
        }
    }
}
