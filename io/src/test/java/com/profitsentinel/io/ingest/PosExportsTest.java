package com.profitsentinel.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.record.CostSource;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.io.mapping.CanonicalField;
import com.profitsentinel.io.mapping.ColumnMapping;
import com.profitsentinel.io.mapping.UnitsSoldPeriod;
import com.profitsentinel.io.table.Notice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** columns.md §11.5 and §11.7 details beyond the column targets, read from the committed sample exports. */
class PosExportsTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

    @TempDir
    Path directory;

    private static Path sample(String name) {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("samples"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("no samples/ above the working directory");
        }
        return directory.resolve("samples").resolve(name);
    }

    private static IngestionReport read(Path file, CollectingSink sink) {
        return Ingestion.ingest(IngestRequest.builder(file, AS_OF).build(), sink);
    }

    @Test
    void idoSoftShlpUsesTheAverageCostAndReadsShortDates() {
        CollectingSink sink = new CollectingSink();

        IngestionReport report = read(sample("idosoft-shlp.csv"), sink);

        ColumnMapping mapping = report.mapping().orElseThrow();
        assertThat(report.pos()).isEqualTo("idosoft_shlp");
        assertThat(mapping.fallbacks()).containsEntry(CanonicalField.UNIT_COST, "Avg. Cost");
        assertThat(mapping.recommendedMissing())
                .extracting(ColumnMapping.MissingField::field)
                .contains(CanonicalField.RETAIL_PRICE);
        assertThat(mapping.unitsSoldPeriods()).containsEntry("Year Total", new UnitsSoldPeriod.YearToDate());
        ItemRecord screw = sink.record("0060114");
        assertThat(screw.costSource()).isEqualTo(CostSource.AVERAGE_COST);
        assertThat(screw.unitCost()).isEqualTo(6.24);
        assertThat(screw.lastSaleDate())
                .isEqualTo((int) LocalDate.of(2025, 6, 22).toEpochDay());
        assertThat(screw.lastReceiptDate())
                .isEqualTo((int) LocalDate.of(2025, 6, 26).toEpochDay());
    }

    @Test
    void epicorEagleIsPipeDelimitedWithYearToDateSales() {
        CollectingSink sink = new CollectingSink();

        IngestionReport report = read(sample("epicor-eagle.txt"), sink);

        assertThat(report.delimiter()).isEqualTo("|");
        assertThat(report.mapping().orElseThrow().unitsSoldPeriods())
                .containsEntry("ytd_sold", new UnitsSoldPeriod.YearToDate());
        ItemRecord lumber = sink.record("0050101");
        assertThat(lumber.unitCost()).isEqualTo(3.42);
        assertThat(lumber.unitsSoldPeriodDays()).isEqualTo(182);
    }

    @Test
    void duplicateHeadersAreRenamedWithAWarning() throws IOException {
        Path file = directory.resolve("dup.csv");
        Files.writeString(file, "SKU,Cost,Cost,Retail\nA,1.00,2.00,3.00\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();

        IngestionReport report = read(file, sink);

        assertThat(report.headers()).containsExactly("SKU", "Cost", "Cost (2)", "Retail");
        assertThat(report.notices())
                .contains(new Notice(
                        DataQualityCode.DUPLICATE_HEADER,
                        "The column name \"Cost\" appears 2 times; later copies were renamed \"Cost (2)\"."));
        assertThat(sink.record("A").unitCost()).isEqualTo(1.0);
    }

    @Test
    void squareItemRowsBecomeOneRecordPerLocation() {
        CollectingSink sink = new CollectingSink();

        IngestionReport report = read(sample("square.xlsx"), sink);

        assertThat(report.storesDetected()).containsExactly("Main Street", "Warehouse");
        assertThat(sink.records).hasSize((int) report.rowsRead() * 2);
    }

    @Test
    void shopifyImageRowsAreSkippedAndVariantsInherit() {
        CollectingSink sink = new CollectingSink();

        read(sample("shopify-product.csv"), sink);

        ItemRecord black = sink.record("0011536-BK");
        assertThat(black.description()).isEqualTo("Garden Hose 5/8 in");
        assertThat(black.vendor()).isEqualTo("Gilmour");
        assertThat(black.category()).isEqualTo("Hoses");
    }
}
