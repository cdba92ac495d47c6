package club.lasertag.crm.telegram.exports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV file for spreadsheet programs, written with Commons CSV: RFC 4180 (commas, double quotes, CRLF), UTF-8 with
 * a byte order mark (so Excel reads Cyrillic as Cyrillic), and no cell a spreadsheet would run as a formula: a value
 * starting with {@code = + - @}, a tab or a carriage return gets a leading {@code '} (OWASP's advice against CSV
 * injection). Phones are therefore written without their {@code +} ({@link #phone}), so they stay readable.
 */
final class SpreadsheetCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    /** Rows given to a sink, one at a time, as they are read. */
    interface Rows {
        void writeTo(Consumer<List<String>> sink);
    }

    /** The file's bytes and how many rows (besides the header) it has. */
    record Written(byte[] bytes, int rows) {
    }

    private SpreadsheetCsv() {
    }

    static Written write(List<String> header, Rows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        int[] count = {0};
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(header.stream().map(SpreadsheetCsv::neutralised));
            rows.writeTo(row -> {
                try {
                    printer.printRecord(row.stream().map(SpreadsheetCsv::neutralised));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(out.toByteArray(), count[0]);
    }

    /** The value as a spreadsheet may show it: with a leading {@code '} if it would start a formula. */
    static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /**
     * A phone as a spreadsheet keeps it: {@code 7 999 123-45-67} for a Russian number, digits after the country code's
     * first two otherwise ({@code 44 2079460958}); without the {@code +}, which would start a formula, and with a space,
     * so it is not read as a number (which would lose leading zeros or turn into 7.99912E+10).
     */
    static String phone(club.lasertag.crm.domain.client.Phone phone) {
        String digits = phone.digits();
        if (digits.length() == 11 && digits.charAt(0) == '7') {
            return "7 " + digits.substring(1, 4) + " " + digits.substring(4, 7) + "-" + digits.substring(7, 9) + "-"
                    + digits.substring(9);
        }
        return digits.substring(0, 2) + " " + digits.substring(2);
    }
}
