package club.lasertag.crm.telegram.exports;

import club.lasertag.crm.domain.client.Phone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCsvTest {

    @Test
    void startsWithABomAndRoundTripsThroughACsvParser() throws Exception {
        List<String> tricky = List.of("Щукина-Ёлкина", "Анна \"Аня\"", "Москва, Тверская", "две\nстроки", "");

        byte[] bytes = SpreadsheetCsv.write(List.of("Фамилия", "Имя", "Адрес", "Заметка", "Пусто"),
                sink -> sink.accept(tricky)).bytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList()).containsExactly("Фамилия", "Имя", "Адрес", "Заметка", "Пусто");
        assertThat(records.get(1).toList()).containsExactlyElementsOf(tricky);
        assertThat(text).endsWith("\r\n");
    }

    @Test
    void aFormulaLookingValueIsNeutralised() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rx", "a=b", "'");

        byte[] bytes = SpreadsheetCsv.write(List.of("a", "b", "c", "d", "e", "f", "g", "h"), sink -> sink.accept(hostile)).bytes();

        CSVRecord row = CSVFormat.RFC4180.parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
                .getRecords().get(1);
        assertThat(row.toList()).containsExactly("'=HYPERLINK(\"http://evil\",\"x\")", "'+1+1", "'-2+3", "'@SUM(A1)",
                "'\tcmd", "'\rx", "a=b", "'");
        assertThat(row.toList()).noneMatch(value -> !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0);
    }

    @Test
    void phonesStayReadableAndAreNeitherFormulasNorNumbers() {
        assertThat(SpreadsheetCsv.phone(new Phone("+79991234567"))).isEqualTo("7 999 123-45-67");
        assertThat(SpreadsheetCsv.phone(new Phone("+442079460958"))).isEqualTo("44 2079460958");
        assertThat(SpreadsheetCsv.neutralised(SpreadsheetCsv.phone(new Phone("+79991234567")))).isEqualTo("7 999 123-45-67");
    }

    @Test
    void countsTheRows() {
        assertThat(SpreadsheetCsv.write(List.of("a"), sink -> {
            sink.accept(List.of("1"));
            sink.accept(List.of("2"));
        }).rows()).isEqualTo(2);
    }
}
