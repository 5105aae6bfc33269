package com.profitsentinel.io.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.io.table.Notice;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The content check of columns.md §2.5, row by row, and the reading-file cases of §11.8. */
class FileInspectorTest {
    private static final long TEN_MEGABYTES = 10L * 1024 * 1024;
    private static final String CSV_TEXT = "SKU,Description,Qty\nA-1,\"Hose, 50 ft\",3\nB-2,Rake,-1\n";

    @TempDir
    Path directory;

    /** The uploaded bytes are stored under a server name; the display name is what the user called the file. */
    private Path stored(byte[] content) throws IOException {
        Path file = directory.resolve("upload-5c1e.bin");
        Files.write(file, content);
        return file;
    }

    private static InspectedFile inspect(Path file, String displayName) {
        return FileInspector.inspect(file, displayName, TEN_MEGABYTES);
    }

    private static void assertRejected(Path file, String displayName, ErrorCode code, String message) {
        assertThatThrownBy(() -> inspect(file, displayName))
                .isInstanceOfSatisfying(
                        ProfitSentinelException.class, e -> assertThat(e.code()).isEqualTo(code))
                .hasMessage(message);
    }

    private static byte[] xlsxBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "ProfitSentinelTest", "1.0")) {
            workbook.newWorksheet("Items").value(0, 0, "SKU");
        }
        return bytes.toByteArray();
    }

    private static byte[] xlsBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Items").createRow(0).createCell(0).setCellValue("SKU");
            workbook.write(bytes);
        }
        return bytes.toByteArray();
    }

    private static byte[] ole2Bytes(Map<String, byte[]> streams) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem filesystem = new POIFSFileSystem()) {
            for (Map.Entry<String, byte[]> stream : streams.entrySet()) {
                filesystem.createDocument(new ByteArrayInputStream(stream.getValue()), stream.getKey());
            }
            filesystem.writeFilesystem(bytes);
        }
        return bytes.toByteArray();
    }

    /** An XLSX package encrypted with a password the way Excel does it (agile encryption in an OLE2 file). */
    private static byte[] encryptedXlsxBytes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem filesystem = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(filesystem)) {
                encrypted.write(xlsxBytes());
            }
            filesystem.writeFilesystem(bytes);
        }
        return bytes.toByteArray();
    }

    private static byte[] zipBytes(String entryName) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** {@code length} bytes of CSV-like text of which {@code controls} are control characters. */
    private static byte[] textWithControls(int length, int controls) {
        byte[] bytes = new byte[length];
        for (int index = 0; index < length; index++) {
            bytes[index] = index < controls ? (byte) 0x01 : (byte) "SKU,Qty\n".charAt(index % 8);
        }
        return bytes;
    }

    private static String mismatch(String name, String extension, String kind) {
        return "\"" + name + "\" has the extension " + extension + " but contains " + kind + "; it was read as " + kind
                + ".";
    }

    // .xlsx row of the table

    @Test
    void readsAnXlsxWorkbookAsXlsx() throws IOException {
        Path file = stored(xlsxBytes());

        InspectedFile inspected = inspect(file, "stock.xlsx");

        assertThat(inspected.format()).isEqualTo(FileFormat.XLSX);
        assertThat(inspected.warnings()).isEmpty();
        assertThat(inspected.path()).isEqualTo(file);
        assertThat(inspected.displayName()).isEqualTo("stock.xlsx");
        assertThat(inspected.sizeBytes()).isEqualTo(Files.size(file));
    }

    @Test
    void readsAnXlsxWhoseContentIsCsvTextAsCsvWithAWarning() throws IOException {
        Path file = stored(CSV_TEXT.getBytes(StandardCharsets.UTF_8));

        InspectedFile inspected = inspect(file, "stock.xlsx");

        assertThat(inspected.format()).isEqualTo(FileFormat.CSV);
        assertThat(inspected.warnings())
                .containsExactly(
                        new Notice(DataQualityCode.EXTENSION_MISMATCH, mismatch("stock.xlsx", ".xlsx", "CSV text")));
    }

    @Test
    void rejectsAnXlsxHoldingBinaryBytes() throws IOException {
        Path file = stored(textWithControls(600, 300));

        assertRejected(
                file,
                "stock.xlsx",
                ErrorCode.INVALID_WORKBOOK,
                "\"stock.xlsx\" could not be read as an Excel workbook.");
    }

    @Test
    void rejectsAnXlsxWhoseArchiveHasNoWorkbookPart() throws IOException {
        Path file = stored(zipBytes("word/document.xml"));

        assertRejected(
                file,
                "stock.xlsx",
                ErrorCode.INVALID_WORKBOOK,
                "\"stock.xlsx\" could not be read as an Excel workbook.");
    }

    @Test
    void rejectsAnXlsxThatIsADamagedArchive() throws IOException {
        byte[] workbook = xlsxBytes();
        Path file = stored(Arrays.copyOf(workbook, workbook.length / 2));

        assertRejected(
                file,
                "stock.xlsx",
                ErrorCode.INVALID_WORKBOOK,
                "\"stock.xlsx\" could not be read as an Excel workbook.");
    }

    @Test
    void rejectsAnXlsxHoldingALegacyWorkbookAsTheTableSays() throws IOException {
        Path file = stored(xlsBytes());

        assertRejected(
                file,
                "stock.xlsx",
                ErrorCode.INVALID_WORKBOOK,
                "\"stock.xlsx\" could not be read as an Excel workbook.");
    }

    @Test
    void rejectsAPasswordProtectedXlsx() throws Exception {
        Path file = stored(encryptedXlsxBytes());

        assertRejected(
                file,
                "stock.xlsx",
                ErrorCode.ENCRYPTED_WORKBOOK,
                "\"stock.xlsx\" is password-protected. Remove the password and upload it again.");
    }

    // .xls row of the table

    @Test
    void readsAnXlsWorkbookAsXls() throws IOException {
        Path file = stored(xlsBytes());

        InspectedFile inspected = inspect(file, "stock.xls");

        assertThat(inspected.format()).isEqualTo(FileFormat.XLS);
        assertThat(inspected.warnings()).isEmpty();
    }

    @Test
    void readsAnXlsWhoseContentIsTabSeparatedTextAsCsvWithAWarning() throws IOException {
        Path file = stored("SKU\tQty\nA-1\t3\n".getBytes(StandardCharsets.UTF_8));

        InspectedFile inspected = inspect(file, "Report.XLS");

        assertThat(inspected.format()).isEqualTo(FileFormat.CSV);
        assertThat(inspected.warnings())
                .containsExactly(
                        new Notice(DataQualityCode.EXTENSION_MISMATCH, mismatch("Report.XLS", ".xls", "CSV text")));
    }

    @Test
    void rejectsAnXlsWithoutWorkbookStream() throws IOException {
        Path file = stored(ole2Bytes(Map.of("WordDocument", new byte[128])));

        assertRejected(
                file, "stock.xls", ErrorCode.INVALID_WORKBOOK, "\"stock.xls\" could not be read as an Excel workbook.");
    }

    @Test
    void rejectsAnXlsHoldingBinaryBytes() throws IOException {
        Path file = stored(textWithControls(600, 300));

        assertRejected(
                file, "stock.xls", ErrorCode.INVALID_WORKBOOK, "\"stock.xls\" could not be read as an Excel workbook.");
    }

    @Test
    void rejectsAnOle2FileWithEncryptionInfo() throws IOException {
        Path file = stored(ole2Bytes(Map.of("EncryptionInfo", new byte[64], "EncryptedPackage", new byte[64])));

        assertRejected(
                file,
                "stock.xls",
                ErrorCode.ENCRYPTED_WORKBOOK,
                "\"stock.xls\" is password-protected. Remove the password and upload it again.");
    }

    @Test
    void rejectsBiff5WorkbooksAsUnsupported() throws IOException {
        Path file = stored(ole2Bytes(Map.of("Book", new byte[512])));

        assertRejected(
                file,
                "stock.xls",
                ErrorCode.UNSUPPORTED_FILE_TYPE,
                "\"stock.xls\" is not a supported file type. Upload CSV, TSV, TXT, XLSX or XLS.");
    }

    // .csv, .tsv, .txt row of the table

    @ParameterizedTest
    @ValueSource(strings = {"stock.csv", "stock.tsv", "stock.txt", "STOCK.CSV", "store 12.inventory.csv"})
    void readsTextFilesAsCsv(String displayName) throws IOException {
        Path file = stored(CSV_TEXT.getBytes(StandardCharsets.UTF_8));

        InspectedFile inspected = inspect(file, displayName);

        assertThat(inspected.format()).isEqualTo(FileFormat.CSV);
        assertThat(inspected.warnings()).isEmpty();
    }

    @Test
    void readsACsvThatIsAnXlsxWorkbookAsXlsxWithAWarning() throws IOException {
        Path file = stored(xlsxBytes());

        InspectedFile inspected = inspect(file, "stock.csv");

        assertThat(inspected.format()).isEqualTo(FileFormat.XLSX);
        assertThat(inspected.warnings())
                .containsExactly(new Notice(
                        DataQualityCode.EXTENSION_MISMATCH, mismatch("stock.csv", ".csv", "an XLSX workbook")));
    }

    @Test
    void readsATxtThatIsAnXlsWorkbookAsXlsWithAWarning() throws IOException {
        Path file = stored(xlsBytes());

        InspectedFile inspected = inspect(file, "stock.txt");

        assertThat(inspected.format()).isEqualTo(FileFormat.XLS);
        assertThat(inspected.warnings())
                .containsExactly(new Notice(
                        DataQualityCode.EXTENSION_MISMATCH, mismatch("stock.txt", ".txt", "an XLS workbook")));
    }

    @Test
    void rejectsACsvWithThirtyPercentControlBytes() throws IOException {
        Path file = stored(textWithControls(1000, 300));

        assertRejected(
                file,
                "stock.csv",
                ErrorCode.BINARY_CONTENT,
                "\"stock.csv\" does not look like a text (CSV) file. If it is a spreadsheet, save it as .xlsx or .csv.");
    }

    @Test
    void acceptsTenPercentControlBytesAndRejectsOneMore() throws IOException {
        Path atLimit = stored(textWithControls(2000, 100));
        assertThat(inspect(atLimit, "stock.csv").format()).isEqualTo(FileFormat.CSV);

        Path aboveLimit = stored(textWithControls(2000, 101));
        assertThatThrownBy(() -> inspect(aboveLimit, "stock.csv"))
                .isInstanceOfSatisfying(
                        ProfitSentinelException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BINARY_CONTENT));
    }

    @Test
    void countsControlBytesOnlyInTheFirstThousandBytes() throws IOException {
        byte[] content = textWithControls(3000, 0);
        Arrays.fill(content, 1000, 3000, (byte) 0x02);

        assertThat(inspect(stored(content), "stock.csv").format()).isEqualTo(FileFormat.CSV);
    }

    @Test
    void rejectsACsvThatIsAnArchiveButNoWorkbook() throws IOException {
        Path file = stored(zipBytes("report.csv"));

        assertRejected(
                file,
                "stock.csv",
                ErrorCode.BINARY_CONTENT,
                "\"stock.csv\" does not look like a text (CSV) file. If it is a spreadsheet, save it as .xlsx or .csv.");
    }

    @Test
    void rejectsACsvThatIsAPasswordProtectedWorkbook() throws Exception {
        Path file = stored(encryptedXlsxBytes());

        assertRejected(
                file,
                "stock.csv",
                ErrorCode.ENCRYPTED_WORKBOOK,
                "\"stock.csv\" is password-protected. Remove the password and upload it again.");
    }

    @Test
    void readsUtf8TextWithByteOrderMark() throws IOException {
        byte[] text = ("\uFEFF" + CSV_TEXT).getBytes(StandardCharsets.UTF_8);

        assertThat(inspect(stored(text), "stock.csv").format()).isEqualTo(FileFormat.CSV);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE"})
    void readsUtf16TextWithOrWithoutByteOrderMark(String charset) throws IOException {
        // Java's UTF-16 writes a big-endian byte-order mark; UTF-16LE and UTF-16BE write none
        byte[] text = CSV_TEXT.getBytes(Charset.forName(charset));

        InspectedFile inspected = inspect(stored(text), "stock.csv");

        assertThat(inspected.format()).isEqualTo(FileFormat.CSV);
    }

    @Test
    void judgesUtf16TextByItsCharacters() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < 400; index++) {
            text.append(index % 4 == 0 ? '\u0001' : 'A');
        }

        assertThatThrownBy(() -> inspect(stored(text.toString().getBytes(StandardCharsets.UTF_16LE)), "stock.csv"))
                .isInstanceOfSatisfying(
                        ProfitSentinelException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BINARY_CONTENT));
    }

    // sizes and extensions

    @Test
    void rejectsASevenByteFileAsEmpty() throws IOException {
        Path file = stored("SKU,Qty".getBytes(StandardCharsets.US_ASCII));

        assertRejected(file, "stock.csv", ErrorCode.EMPTY_FILE, "The file \"stock.csv\" is empty or has no data rows.");
    }

    @Test
    void acceptsAnEightByteFile() throws IOException {
        Path file = stored("SKU,Qty\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(inspect(file, "stock.csv").sizeBytes()).isEqualTo(8);
    }

    @Test
    void rejectsAFileAboveThePlanLimitWithSizesInMegabytes() throws IOException {
        Path file = stored(textWithControls((int) TEN_MEGABYTES + 1, 0));

        assertRejected(
                file,
                "stock.csv",
                ErrorCode.FILE_TOO_LARGE,
                "The file \"stock.csv\" is 10.1 MB; the limit for your plan is 10 MB.");
    }

    @Test
    void acceptsAFileOfExactlyThePlanLimit() throws IOException {
        Path file = stored(textWithControls((int) TEN_MEGABYTES, 0));

        assertThat(inspect(file, "stock.csv").sizeBytes()).isEqualTo(TEN_MEGABYTES);
    }

    @Test
    void writesMegabytesWithOneDecimalAtMost() {
        assertThat(FileInspector.megabytes(52_428_800, RoundingMode.FLOOR)).isEqualTo("50");
        assertThat(FileInspector.megabytes(75_497_472, RoundingMode.CEILING)).isEqualTo("72");
        assertThat(FileInspector.megabytes(11_010_048, RoundingMode.CEILING)).isEqualTo("10.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stock.pdf", "stock", "stock.csv.exe", ".csv", "stock.xlsm", "stock.", "dir.csv/stock"})
    void rejectsUnsupportedExtensions(String displayName) throws IOException {
        Path file = stored(CSV_TEXT.getBytes(StandardCharsets.UTF_8));

        assertRejected(
                file,
                displayName,
                ErrorCode.UNSUPPORTED_FILE_TYPE,
                "\"" + displayName + "\" is not a supported file type. Upload CSV, TSV, TXT, XLSX or XLS.");
    }

    @Test
    void rejectsAnUnsupportedExtensionBeforeLookingAtTheSize() throws IOException {
        Path file = stored(new byte[3]);

        assertRejected(
                file,
                "notes.pdf",
                ErrorCode.UNSUPPORTED_FILE_TYPE,
                "\"notes.pdf\" is not a supported file type. Upload CSV, TSV, TXT, XLSX or XLS.");
    }

    @Test
    void reportsAMissingFileByItsDisplayName() {
        Path missing = directory.resolve("gone.csv");

        assertThatThrownBy(() -> inspect(missing, "stock.csv"))
                .isInstanceOfSatisfying(
                        ProfitSentinelException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_NOT_FOUND))
                .hasMessage("The file \"stock.csv\" was not found.");
    }

    @Test
    void refusesALimitThatIsNotPositive() throws IOException {
        Path file = stored(CSV_TEXT.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> FileInspector.inspect(file, "stock.csv", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBytes <= 0: 0");
    }

    @Test
    void namesFormatsInLowerCaseForJson() {
        assertThat(Arrays.stream(FileFormat.values()).map(FileFormat::code)).containsExactly("csv", "xlsx", "xls");
    }

    @Test
    void keepsAnImmutableCopyOfTheWarnings() {
        List<Notice> warnings = new ArrayList<>();
        warnings.add(new Notice(DataQualityCode.EXTENSION_MISMATCH, "message"));
        InspectedFile inspected = new InspectedFile(Path.of("a.csv"), "a.csv", FileFormat.CSV, 10, warnings);
        warnings.clear();

        assertThat(inspected.warnings()).hasSize(1);
        assertThatThrownBy(() -> inspected.warnings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesInvalidValues() {
        assertThatThrownBy(() -> new InspectedFile(Path.of("a.csv"), "a.csv", FileFormat.CSV, -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sizeBytes < 0: -1");
        assertThatThrownBy(() -> new Notice(DataQualityCode.EXTENSION_MISMATCH, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("message is null");
    }
}
