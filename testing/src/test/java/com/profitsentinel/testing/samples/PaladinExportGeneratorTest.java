package com.profitsentinel.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaladinExportGeneratorTest {
    private static final Pattern COMMA = Pattern.compile(",");

    @Test
    void writesOneStoreOfExactly36452RowsUnderThe29Headers(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("paladin.csv");

        long written = PaladinExportGenerator.write(file, 36_452, 1, 42L);

        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        assertThat(written).isEqualTo(36_452);
        assertThat(lines).hasSize(36_453);
        assertThat(lines.getFirst()).isEqualTo(String.join(",", PaladinExportGenerator.HEADERS));
        assertThat(lines.getFirst()).contains(",Description ,");
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line -> assertThat(fields(line)).hasSize(29));
        assertThat(lines.stream().skip(1).map(line -> fields(line).getFirst())).doesNotHaveDuplicates();
    }

    @Test
    void addsALeadingStoreColumnAndSplitsRowsEvenlyOverStores() throws IOException {
        String text = generate(1_003, 4, 7L);
        List<String> lines = text.lines().toList();
        Map<String, Integer> rowsPerStore = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = fields(line);
            assertThat(fields).hasSize(30);
            rowsPerStore.merge(fields.getFirst(), 1, Integer::sum);
        }

        assertThat(lines.getFirst()).isEqualTo("Store," + String.join(",", PaladinExportGenerator.HEADERS));
        assertThat(rowsPerStore)
                .containsExactly(Map.entry("1", 251), Map.entry("2", 251), Map.entry("3", 251), Map.entry("4", 250));
    }

    @Test
    void givesEveryStoreTheSameItemsWithTheirOwnQuantities() throws IOException {
        List<String> lines = generate(200, 2, 11L).lines().toList();
        List<String> first = fields(lines.get(1));
        List<String> second = fields(lines.get(101));

        assertThat(second.subList(1, 6)).isEqualTo(first.subList(1, 6));
        assertThat(second.get(13)).isEqualTo(first.get(13));
    }

    @Test
    void writesTheSameBytesForTheSameSeedAndOtherBytesForAnother() throws IOException {
        assertThat(generate(5_000, 3, 99L)).isEqualTo(generate(5_000, 3, 99L));
        assertThat(generate(5_000, 3, 99L)).isNotEqualTo(generate(5_000, 3, 100L));
    }

    @Test
    void writesValidBarcodesCompactDatesAndTheUsualAnomalies() throws IOException {
        List<String> lines = generate(20_000, 1, 3L).lines().toList();
        List<String> headers = PaladinExportGenerator.HEADERS;
        int barcode = headers.indexOf("Barcode");
        int onHand = headers.indexOf("In Stock Qty.");
        int cost = headers.indexOf("Cost");
        int lastSale = headers.indexOf("Last Sale");
        int negative = 0;
        int zeroCost = 0;
        int neverSold = 0;
        List<String> dates = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = fields(line);
            String code = fields.get(barcode);
            assertThat(code.isEmpty() || Upc.isValid(code)).as(code).isTrue();
            negative += fields.get(onHand).startsWith("-") ? 1 : 0;
            zeroCost += fields.get(cost).equals("0.00") ? 1 : 0;
            neverSold += fields.get(lastSale).isEmpty() ? 1 : 0;
            dates.add(fields.get(headers.indexOf("Sku Was Added")));
        }

        assertThat(negative).isBetween(400, 800);
        assertThat(zeroCost).isBetween(100, 300);
        assertThat(neverSold).isBetween(800, 1_200);
        assertThat(dates)
                .allSatisfy(date -> assertThat(date).matches("(19|20)\\d{6}").isLessThanOrEqualTo("20250630"));
    }

    @Test
    void writesAHeaderOnlyFileForNoRowsAndRejectsBadArguments() throws IOException {
        assertThat(generate(0, 1, 1L)).isEqualTo(String.join(",", PaladinExportGenerator.HEADERS) + "\r\n");
        assertThatThrownBy(() -> generate(-1, 1, 1L)).hasMessage("rows must not be negative: -1");
        assertThatThrownBy(() -> generate(10, 0, 1L)).hasMessage("stores must be at least 1: 0");
    }

    private static String generate(long rows, int stores, long seed) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PaladinExportGenerator.write(output, rows, stores, seed);
        return output.toString(StandardCharsets.US_ASCII);
    }

    private static List<String> fields(String line) {
        return List.of(COMMA.split(line, -1));
    }
}
