package com.profitsentinel.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.io.table.Notice;
import com.profitsentinel.io.table.TableHead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Ingestion#preview}: the top of a file read and mapped as a full read would, and nothing more. */
class IngestionPreviewTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

    @TempDir
    Path directory;

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static IngestRequest request(Path file) {
        return IngestRequest.builder(file, AS_OF).build();
    }

    private static String inventory(int rows) {
        StringBuilder text = new StringBuilder("SKU,Description,Qty.,Cost,Retail\n");
        for (int row = 1; row <= rows; row++) {
            text.append("A").append(row).append(",Hose ").append(row).append(",3,2.50,4.99\n");
        }
        return text.toString();
    }

    @Test
    void keepsTheFirstRowsAsTheSampleAndCountsOnlyThem() throws IOException {
        Path file = write("items.csv", inventory(1_000));

        FilePreview preview = Ingestion.preview(request(file));

        assertThat(preview.sample()).hasSize(TableHead.SAMPLE_ROWS);
        assertThat(preview.sample().get(0).cells()).containsExactly("A1", "Hose 1", "3", "2.50", "4.99");
        assertThat(preview.report().rowsRead()).isEqualTo(TableHead.SAMPLE_ROWS);
        assertThat(preview.report().headers()).containsExactly("SKU", "Description", "Qty.", "Cost", "Retail");
    }

    @Test
    void mapsTheColumnsExactlyAsAFullRead() throws IOException {
        Path file = write("items.csv", inventory(1_000));

        IngestionReport full = Ingestion.ingest(request(file), new CollectingSink());
        IngestionReport preview = Ingestion.preview(request(file)).report();

        assertThat(preview.columns()).isEqualTo(full.columns());
        assertThat(preview.mapping()).isEqualTo(full.mapping());
        assertThat(preview.fileType()).isEqualTo(full.fileType());
        assertThat(preview.encoding()).isEqualTo(full.encoding());
        assertThat(preview.delimiter()).isEqualTo(full.delimiter());
        assertThat(preview.notices()).isEqualTo(full.notices());
        assertThat(full.rowsRead()).isEqualTo(1_000);
    }

    @Test
    void fallsBackToWindows1252WhenAByteAfterTheSampleIsNotUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(inventory(500).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'Z', '9', ',', 'C', 'a', 'f', (byte) 0xE9, ',', '1', ',', '1', ',', '2', '\n'});
        Path file = write("cafe.csv", bytes.toByteArray());

        IngestionReport full = Ingestion.ingest(request(file), new CollectingSink());
        IngestionReport preview = Ingestion.preview(request(file)).report();

        assertThat(preview.encoding()).isEqualTo("windows-1252").isEqualTo(full.encoding());
        assertThat(preview.notices())
                .contains(new Notice(
                        DataQualityCode.ENCODING_FALLBACK,
                        "\"cafe.csv\" is not valid UTF-8; it was read as windows-1252."));
    }

    @Test
    void staysUtf8ForAValidUtf8File() throws IOException {
        Path file = write("items.csv", inventory(300) + "Z9,Café,1,1,2\n");

        assertThat(Ingestion.preview(request(file)).report().encoding()).isEqualTo("utf-8");
    }

    @Test
    void aHeaderWithoutRowsIsAnEmptyFile() throws IOException {
        Path file = write("header.csv", "SKU,Qty.,Cost\n");

        assertThatThrownBy(() -> Ingestion.preview(request(file)))
                .isInstanceOfSatisfying(ProfitSentinelException.class, error -> assertThat(error.code())
                        .isEqualTo(ErrorCode.EMPTY_FILE))
                .hasMessage("The file \"header.csv\" is empty or has no data rows.");
    }

    @Test
    void aFileThatIsNotAnInventoryFailsAsAFullReadDoes() throws IOException {
        Path file = write("people.csv", "Name,Color\nBob,red\nAnn,blue\n");

        assertThatThrownBy(() -> Ingestion.preview(request(file)))
                .isInstanceOfSatisfying(ProfitSentinelException.class, error -> assertThat(error.code())
                        .isEqualTo(ErrorCode.NOT_AN_INVENTORY_FILE));
    }

    @Test
    void rejectedSampleRowsDoNotFailThePreview() throws IOException {
        Path file = write("blanks.csv", "SKU,Qty.,Cost\n,1,2\n,3,4\nA1,5,6\n");

        assertThatThrownBy(() -> Ingestion.ingest(request(file), new CollectingSink()))
                .isInstanceOfSatisfying(ProfitSentinelException.class, error -> assertThat(error.code())
                        .isEqualTo(ErrorCode.ERROR_BUDGET_EXCEEDED));
        FilePreview preview = Ingestion.preview(request(file));

        assertThat(preview.report().rowsRejected()).isEqualTo(2);
        assertThat(preview.sample()).hasSize(3);
    }

    @Test
    void samplesByHeaderPadShortRowsWithEmptyText() throws IOException {
        Path file = write("short.csv", "SKU,Qty.,Cost,Retail\nA1,5,2.50,4.99\nB2,7\nC3,1,1,2\n");

        List<Map<String, String>> rows = Ingestion.preview(request(file)).sampleByHeader(2);

        assertThat(rows)
                .containsExactly(
                        Map.of("SKU", "A1", "Qty.", "5", "Cost", "2.50", "Retail", "4.99"),
                        Map.of("SKU", "B2", "Qty.", "7", "Cost", "", "Retail", ""));
        assertThat(rows.get(0).keySet()).containsExactly("SKU", "Qty.", "Cost", "Retail");
    }
}
