package com.profitsentinel.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.io.table.RowView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {
    @TempDir
    Path directory;

    private Path write(String name, byte[] content) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private record Line(long row, List<String> cells, boolean unterminated) {}

    private static List<Line> readAll(CsvTableReader reader) {
        List<Line> lines = new ArrayList<>();
        try (reader) {
            while (reader.next()) {
                RowView row = reader.row();
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.size(); column++) {
                    cells.add(row.text(column));
                }
                lines.add(new Line(row.sourceRow(), cells, row.unterminatedQuote()));
            }
        }
        return lines;
    }

    private static CsvTableReader open(Path file) {
        return CsvTableReader.open(file, file.getFileName().toString(), Optional.empty(), Optional.empty());
    }

    @Test
    void detectsPipeDelimiter() throws IOException {
        CsvTableReader reader = open(write("eagle.txt", "SKU|Qty|Cost\nA|1|2.50\n"));

        assertThat(reader.delimiter()).isEqualTo('|');
        assertThat(readAll(reader))
                .extracting(Line::cells)
                .containsExactly(List.of("SKU", "Qty", "Cost"), List.of("A", "1", "2.50"));
    }

    @Test
    void detectsSemicolonDelimiter() throws IOException {
        CsvTableReader reader = open(write("eu.csv", "SKU;Qty;Cost\nA;1,5;2,25\n"));

        assertThat(reader.delimiter()).isEqualTo(';');
        assertThat(readAll(reader).get(1).cells()).containsExactly("A", "1,5", "2,25");
    }

    @Test
    void detectsTabDelimiter() throws IOException {
        CsvTableReader reader = open(write("counterpoint.tsv", "item_no\tdescr\tqty_on_hnd\n100\tHOSE, GREEN\t3\n"));

        assertThat(reader.delimiter()).isEqualTo('\t');
        assertThat(readAll(reader).get(1).cells()).containsExactly("100", "HOSE, GREEN", "3");
    }

    @Test
    void readsDoubledQuotesAndEmbeddedDelimiters() throws IOException {
        List<Line> lines = readAll(open(write("q.csv", "SKU,Desc\nA,\"Hose, 50 ft \"\"green\"\"\"\n")));

        assertThat(lines.get(1).cells()).containsExactly("A", "Hose, 50 ft \"green\"");
    }

    @Test
    void quotedLineBreakKeepsPhysicalRowNumbers() throws IOException {
        String content = "SKU,Desc\nA,one\nB,two\nC,three\nD,four\nE,five\nF,\"six\nstill six\"\nG,seven\n";

        List<Line> lines = readAll(open(write("multi.csv", content)));

        assertThat(lines).extracting(Line::row).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 9L);
        assertThat(lines.get(6).cells()).containsExactly("F", "six\nstill six");
    }

    @Test
    void skipsBlankLinesAndCountsThem() throws IOException {
        List<Line> lines = readAll(open(write("blank.csv", "SKU,Qty\r\n\r\nA,1\r\n , \r\nB,2")));

        assertThat(lines).extracting(Line::row).containsExactly(1L, 3L, 5L);
        assertThat(lines.get(2).cells()).containsExactly("B", "2");
    }

    @Test
    void acceptsCrOnlyAndMixedLineEndings() throws IOException {
        List<Line> lines = readAll(open(write("cr.csv", "SKU,Qty\rA,1\r\nB,2\nC,3")));

        assertThat(lines).extracting(Line::row).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lines.get(3).cells()).containsExactly("C", "3");
    }

    @Test
    void allowsWhitespaceBeforeAnOpeningQuoteAndKeepsLiteralQuotesInsideUnquotedFields() throws IOException {
        List<Line> lines = readAll(open(write("pad.csv", "SKU,Desc\nA,   \"padded, value\"  \nB,5\" nail\n")));

        assertThat(lines.get(1).cells()).containsExactly("A", "padded, value");
        assertThat(lines.get(2).cells()).containsExactly("B", "5\" nail");
    }

    @Test
    void reportsAnUnterminatedQuoteAsOneRowAtTheEnd() throws IOException {
        List<Line> lines = readAll(open(write("bad.csv", "SKU,Desc\nA,ok\nB,\"never closed\nC,lost\nD,lost\n")));

        assertThat(lines).hasSize(3);
        assertThat(lines.get(2).row()).isEqualTo(3);
        assertThat(lines.get(2).unterminated()).isTrue();
        assertThat(lines.get(1).unterminated()).isFalse();
    }

    @Test
    void stripsTheUtf8ByteOrderMark() throws IOException {
        byte[] content = "\uFEFFSKU,Qty\nA,1\n".getBytes(StandardCharsets.UTF_8);

        CsvTableReader reader = open(write("bom.csv", content));

        assertThat(readAll(reader).get(0).cells()).containsExactly("SKU", "Qty");
        assertThat(reader.encoding().displayName()).isEqualTo("utf-8");
    }

    @Test
    void readsUtf16WithAndWithoutByteOrderMark() throws IOException {
        Path withBom = write("le.csv", "\uFEFFSKU,Desc\nA,Café\n".getBytes(StandardCharsets.UTF_16LE));
        Path withoutBom = write("be.csv", "SKU,Desc\nA,Café\n".getBytes(StandardCharsets.UTF_16BE));

        assertThat(readAll(open(withBom)).get(1).cells()).containsExactly("A", "Café");
        assertThat(readAll(open(withoutBom)).get(1).cells()).containsExactly("A", "Café");
    }

    @Test
    void invalidUtf8AsksForTheWindows1252Fallback() throws IOException {
        byte[] content = {'S', 'K', 'U', ',', 'D', 'e', 's', 'c', '\n', 'A', ',', 'C', 'a', 'f', (byte) 0xE9, '\n'};
        Path file = write("cafe.csv", content);

        assertThatThrownBy(() -> readAll(open(file))).isInstanceOf(CharsetFallbackException.class);
        TextEncoding fallback = CsvTableReader.fallbackCharset(file);
        List<Line> lines = readAll(CsvTableReader.open(file, "cafe.csv", fallback, Optional.empty()));

        assertThat(fallback.displayName()).isEqualTo("windows-1252");
        assertThat(lines.get(1).cells()).containsExactly("A", "Café");
    }

    @Test
    void byteUndefinedInWindows1252MeansLatin1() throws IOException {
        byte[] content = {'S', 'K', 'U', ',', 'D', '\n', 'A', ',', (byte) 0x81, (byte) 0xE9, '\n'};
        Path file = write("latin.csv", content);

        assertThat(CsvTableReader.fallbackCharset(file).displayName()).isEqualTo("iso-8859-1");
    }

    @Test
    void validMultiByteUtf8IsNotAFallback() throws IOException {
        List<Line> lines = readAll(open(write("utf8.csv", "SKU,Desc\nA,Crème brûlée 🌱 €5\n")));

        assertThat(lines.get(1).cells()).containsExactly("A", "Crème brûlée 🌱 €5");
    }

    @Test
    void singleColumnTextIsNotTabular() throws IOException {
        Path file = write("list.txt", "just\nsome\nwords\n");

        assertThatThrownBy(() -> open(file))
                .isInstanceOf(ProfitSentinelException.class)
                .hasMessage("\"list.txt\" does not contain a table with at least two columns.")
                .extracting(error -> ((ProfitSentinelException) error).code())
                .isEqualTo(ErrorCode.NOT_TABULAR);
    }

    @Test
    void readsRecordsLongerThanTheBufferAndManyRows() throws IOException {
        StringBuilder content = new StringBuilder("SKU,Desc\n");
        String longText = "x".repeat(3_000_000);
        content.append("A,\"").append(longText).append("\"\n");
        for (int index = 0; index < 50_000; index++) {
            content.append("S").append(index).append(",item ").append(index).append('\n');
        }

        List<Line> lines = readAll(open(write("big.csv", content.toString())));

        assertThat(lines).hasSize(50_002);
        assertThat(lines.get(1).cells().get(1)).hasSize(3_000_000);
        assertThat(lines.get(50_001).cells()).containsExactly("S49999", "item 49999");
        assertThat(lines.get(50_001).row()).isEqualTo(50_002);
    }

    @Test
    void forcedDelimiterWins() throws IOException {
        CsvTableReader reader = CsvTableReader.open(
                write("forced.csv", "a;b,c\n1;2,3\n"), "forced.csv", Optional.empty(), Optional.of(';'));

        assertThat(readAll(reader).get(1).cells()).containsExactly("1", "2,3");
    }

    @Test
    void shortRowsReportTheirOwnSize() throws IOException {
        List<Line> lines = readAll(open(write("short.csv", "SKU,Qty,Cost\nA,1\nB,2,3,4\n")));

        assertThat(lines.get(1).cells()).hasSize(2);
        assertThat(lines.get(2).cells()).hasSize(4);
    }
}
