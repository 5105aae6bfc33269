package com.profitsentinel.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.io.table.TableReader;
import com.profitsentinel.io.value.NumberResult;
import com.profitsentinel.io.value.NumberStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class XlsxTableReaderTest extends AbstractWorkbookReaderTest {
    @Override
    String extension() {
        return ".xlsx";
    }

    @Override
    Path write(Path file, WorkbookSpec spec) {
        return XlsxFiles.write(file, spec);
    }

    @Override
    TableReader open(Path file, String displayName, Optional<String> sheetName) {
        return XlsxTableReader.open(file, displayName, sheetName);
    }

    private Path file() {
        return directory.resolve("upload-7f3a.xlsx");
    }

    private static void assertInvalidWorkbook(ThrowingCallable opening) {
        assertThatThrownBy(opening)
                .isInstanceOfSatisfying(
                        ProfitSentinelException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_WORKBOOK))
                .hasMessage("\"stock.xlsx\" could not be read as an Excel workbook.");
    }

    @Test
    void opensTheFirstSheetWithDataWhenNoSheetIsNamed() {
        WorkbookSpec spec = WorkbookSpec.workbook();
        spec.sheet("Notes");
        spec.sheet("Items").row(0, "SKU");
        Path file = write(spec);

        try (TableReader reader = XlsxTableReader.open(file, displayName())) {
            assertThat(reader.sheetName()).isEqualTo("Items");
            assertThat(readAll(reader)).containsExactly(new ReadRow(1, List.of("SKU")));
        }
    }

    @Test
    void givesFormulasTheirCachedValue() {
        Path file = XlsxFiles.withSheetData(file(), """
                <row r="1">\
                <c r="A1"><f>2*3</f><v>6</v></c>\
                <c r="B1" t="str"><f>"A"&amp;"-1"</f><v>A-1</v></c>\
                <c r="C1" t="b"><f>1=1</f><v>1</v></c>\
                <c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>\
                <c r="E1" s="1"><f>DATE(2025,6,15)</f><v>45823</v></c>\
                <c r="F1"><f>NOW()</f></c>\
                </row>""");

        try (TableReader reader = open(file)) {
            assertThat(readAll(reader))
                    .containsExactly(new ReadRow(1, List.of("6", "A-1", "true", "#DIV/0!", "2025-06-15")));
        }
    }

    @Test
    void readsAFormulaWithoutCachedValueAsBlank() {
        Path file = XlsxFiles.withSheetData(file(), "<row r=\"3\"><c r=\"A3\"><f>SUM(B1:B2)</f></c></row>");

        try (TableReader reader = open(file)) {
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void givesErrorCellsTheirErrorText() {
        Path file = XlsxFiles.withSheetData(
                file(), "<row r=\"1\"><c r=\"A1\" t=\"e\"><v>#N/A</v></c><c r=\"B1\" t=\"e\"><v>#REF!</v></c></row>");
        NumberResult result = new NumberResult();

        try (TableReader reader = open(file)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.row().text(0)).isEqualTo("#N/A");
            assertThat(reader.row().text(1)).isEqualTo("#REF!");
            reader.row().number(0, NumberStyle.STANDARD, result);
            assertThat(result.status()).isEqualTo(NumberResult.Status.NON_FINITE);
        }
    }

    @Test
    void readsInlineAndSharedStrings() {
        Path file = XlsxFiles.withSheetData(
                file(),
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Hose, 50 ft</t></is></c>"
                        + "<c r=\"B1\" t=\"s\"><v>0</v></c></row>");
        XlsxFiles.replaceEntry(
                file,
                "xl/sharedStrings.xml",
                "<sst xmlns=\"" + XlsxFiles.SHEET_NAMESPACE + "\" count=\"1\" uniqueCount=\"1\">"
                        + "<si><r><t>Garden </t></r><r><t>rake</t></r></si></sst>");

        try (TableReader reader = open(file)) {
            assertThat(readAll(reader)).containsExactly(new ReadRow(1, List.of("Hose, 50 ft", "Garden rake")));
        }
    }

    @Test
    void readsNumbersWhenThePackageHasNoStyles() {
        Path file = XlsxFiles.withSheetData(file(), "<row r=\"1\"><c r=\"A1\"><v>45823</v></c></row>");
        XlsxFiles.removeEntry(file, "xl/styles.xml");
        String contentTypes = XlsxFiles.entryText(file, "[Content_Types].xml");
        XlsxFiles.replaceEntry(
                file,
                "[Content_Types].xml",
                contentTypes.replaceAll("<Override PartName=\"/xl/styles.xml\"[^>]*/>", ""));
        assertThat(XlsxFiles.entryText(file, "[Content_Types].xml")).doesNotContain("styles");

        try (TableReader reader = open(file)) {
            assertThat(readAll(reader)).containsExactly(new ReadRow(1, List.of("45823")));
        }
    }

    @Test
    void rejectsAnArchiveWithoutWorkbookPart() {
        Path file = file();
        XlsxFiles.writeZip(file, Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)));

        assertInvalidWorkbook(() -> open(file));
    }

    @Test
    void rejectsAZipBombThatDeclaresItsSize() {
        Path file = XlsxFiles.withSheetData(file(), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        Map<String, byte[]> entries = entries(file);
        // 20 MB of zeros deflate to about 20 KB: far more than 100 times the file size
        entries.put("xl/media/padding.bin", new byte[20 << 20]);
        XlsxFiles.writeZip(file, entries);

        assertInvalidWorkbook(() -> open(file));
    }

    @Test
    void rejectsAZipBombThatUnderstatesItsSize() {
        Path file = XlsxFiles.withSheetData(file(), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        Map<String, byte[]> entries = entries(file);
        entries.put("xl/media/padding.bin", new byte[20 << 20]);
        XlsxFiles.writeZip(file, entries);
        understateSizes(file);

        assertInvalidWorkbook(() -> open(file));
    }

    @Test
    void rejectsMoreThanTenThousandEntries() {
        Path file = XlsxFiles.withSheetData(file(), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        Map<String, byte[]> entries = entries(file);
        for (int index = entries.size(); index <= PackageLimits.MAX_ENTRIES; index++) {
            entries.put("xl/media/" + index + ".txt", new byte[0]);
        }
        XlsxFiles.writeZip(file, entries);

        assertInvalidWorkbook(() -> open(file));
    }

    @Test
    void acceptsExactlyTenThousandEntries() {
        Path file = XlsxFiles.withSheetData(file(), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        Map<String, byte[]> entries = entries(file);
        for (int index = entries.size(); index < PackageLimits.MAX_ENTRIES; index++) {
            entries.put("xl/media/" + index + ".txt", new byte[0]);
        }
        XlsxFiles.writeZip(file, entries);

        try (TableReader reader = open(file)) {
            assertThat(readAll(reader)).containsExactly(new ReadRow(1, List.of("1")));
        }
    }

    @Test
    void neverResolvesExternalEntities() throws IOException {
        Path secret = directory.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path file = XlsxFiles.withSheetData(file(), "");
        XlsxFiles.replaceEntry(
                file,
                "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>"
                        + "<worksheet xmlns=\"" + XlsxFiles.SHEET_NAMESPACE + "\"><sheetData><row r=\"1\">"
                        + "<c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData></worksheet>");

        assertInvalidWorkbook(() -> {
            try (TableReader reader = open(file)) {
                readAll(reader);
            }
        });
    }

    @Test
    void refusesEntityExpansion() {
        Path file = XlsxFiles.withSheetData(file(), "");
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int level = 1; level < 10; level++) {
            entities.append("<!ENTITY a")
                    .append(level)
                    .append(" \"")
                    .append(("&a" + (level - 1) + ";").repeat(10))
                    .append("\">");
        }
        XlsxFiles.replaceEntry(
                file,
                "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE worksheet [" + entities + "]>"
                        + "<worksheet xmlns=\"" + XlsxFiles.SHEET_NAMESPACE + "\"><sheetData><row r=\"1\">"
                        + "<c r=\"A1\" t=\"inlineStr\"><is><t>&a9;</t></is></c></row></sheetData></worksheet>");

        assertInvalidWorkbook(() -> {
            try (TableReader reader = open(file)) {
                readAll(reader);
            }
        });
    }

    @Test
    void rejectsATruncatedArchive() throws IOException {
        Path file = XlsxFiles.write(file(), WorkbookSpec.singleSheet(new Object[] {"SKU"}));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        assertInvalidWorkbook(() -> open(file));
    }

    @Test
    void streamsALargeSheet() {
        WorkbookSpec spec = WorkbookSpec.workbook();
        WorkbookSpec.SheetSpec sheet = spec.sheet("Items").row(0, "SKU", "Qty");
        for (int index = 1; index <= 50_000; index++) {
            sheet.row(index, "SKU-" + index, index);
        }
        Path file = write(spec);

        try (TableReader reader = open(file)) {
            long rows = 0;
            long lastRow = 0;
            while (reader.next()) {
                rows++;
                lastRow = reader.row().sourceRow();
            }
            assertThat(rows).isEqualTo(50_001);
            assertThat(lastRow).isEqualTo(50_001);
        }
    }

    private static Map<String, byte[]> entries(Path file) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.stream().forEach(entry -> {
                try (InputStream input = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), input.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Sets the uncompressed size of every central-directory record to 1 byte, as a lying zip bomb would. */
    private static void understateSizes(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            for (int offset = 0; offset + 46 <= bytes.length; offset++) {
                if (buffer.getInt(offset) == 0x02014b50) {
                    buffer.putInt(offset + 24, 1);
                }
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
