package com.profitsentinel.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeExportGeneratorTest {
    private static final Pattern COMMA = Pattern.compile(",");

    @Test
    void writesExactlyTheRequestedRowsUnderTheElevenNativeHeaders(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("native.csv");

        long written = NativeExportGenerator.write(file, 10_000, 5, 1L);

        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        assertThat(written).isEqualTo(10_000);
        assertThat(lines).hasSize(10_001);
        assertThat(lines.getFirst())
                .isEqualTo("store_id,sku,qty_on_hand,unit_cost,margin_pct,sales_last_30d,days_since_receipt,"
                        + "retail_price,is_damaged,on_order_qty,is_seasonal");
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line -> assertThat(COMMA.split(line, -1)).hasSize(11));
    }

    @Test
    void buildsRetailFromCostAndMarkupAsTheReferenceFixturesDo() throws IOException {
        List<String> lines = generate(2_000, 2, 5L).lines().toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = COMMA.split(line, -1);
            if (!fields[4].isEmpty()) {
                BigDecimal expected = new BigDecimal(fields[3])
                        .multiply(BigDecimal.ONE.add(new BigDecimal(fields[4])))
                        .setScale(2, RoundingMode.HALF_UP);

                assertThat(new BigDecimal(fields[7])).as(line).isEqualByComparingTo(expected);
            }
            assertThat(fields[0]).matches("store-[12]");
            assertThat(fields[8]).isIn("true", "false");
        }
    }

    @Test
    void writesTheSameBytesForTheSameSeed() throws IOException {
        assertThat(generate(3_000, 3, 8L)).isEqualTo(generate(3_000, 3, 8L)).isNotEqualTo(generate(3_000, 3, 9L));
    }

    private static String generate(long rows, int stores, long seed) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        NativeExportGenerator.write(output, rows, stores, seed);
        return output.toString(StandardCharsets.US_ASCII);
    }
}
