package com.profitsentinel.engine.rules.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.projection.LegacyResponse;
import com.profitsentinel.engine.projection.LegacyResponse.LeakEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * engine.md §12.1, every row through the engine: exactly the expected primitives flag the row, with the expected
 * stored scores, and every other primitive leaves it alone. {@code blank} is an empty margin cell.
 */
class LegacySpecRowsTest {

    @ParameterizedTest(name = "{0}: {7}")
    @CsvSource(delimiter = '|', textBlock = """
            L01 | 20   | 8.50  | 10.00 | 5   | 15    | 170     | high_margin_leak 0.25; margin_erosion 0.85
            L02 | 20   | 8.15  | 10.00 | 5   | 18.5  | 163     | none
            L03 | 20   | 8.20  | 10.00 | 5   | 18    | 164     | none
            L04 | 20   | 0     | 0     | 5   | 12    | 0       | high_margin_leak 0.60
            L05 | -47  | 23.50 | 31.73 | 10  | 25.9  | -1104.5 | negative_inventory 0.47
            L06 | -10  | 5     | 8     | 3   | 37.5  | -50     | none
            L07 | -150 | 2     | 4     | 3   | 50    | -300    | negative_inventory 0.99
            L08 | 2    | 6     | 10    | 40  | 40    | 12      | low_stock 0.32
            L09 | 9    | 6     | 10    | 200 | 40    | 54      | none
            L10 | 1    | 6     | 10    | 12  | 40    | 6       | low_stock 0.11
            L11 | 1    | 6     | 10    | 11  | 40    | 6       | none
            L12 | 150  | 3     | 5     | 0   | 40    | 450     | dead_item 0.15
            L13 | 120  | 3     | 5     | 0   | 40    | 360     | dead_item 0.12
            L14 | 90   | 3     | 5     | 0   | 40    | 270     | dead_item 0.18
            L15 | 60   | 3     | 5     | 3   | 40    | 180     | dead_item 0.12; overstock 0.83
            L16 | 55   | 3     | 5     | 5   | 40    | 165     | none
            L17 | 2000 | 1     | 2     | 0   | 50    | 2000    | dead_item 0.95; overstock 0.85
            L18 | 130  | 3     | 5     | 10  | 40    | 390     | overstock 0.54
            L19 | 120  | 3     | 5     | 10  | 40    | 360     | none
            L20 | 600  | 3     | 5     | 0   | 40    | 1800    | dead_item 0.60; overstock 0.60
            L21 | 500  | 20    | 27    | 3   | 25.9  | 10000   | dead_item 0.75; overstock 0.90
            L22 | 100  | 50    | 52    | 2   | 5     | 5000    | high_margin_leak 0.81; shrinkage_pattern 0.50; margin_erosion 0.90; dead_item 0.20; overstock 0.90
            L23 | 100  | 12    | 12.50 | 2   | 4     | 1200    | high_margin_leak 0.80; shrinkage_pattern 0.12; margin_erosion 0.90; dead_item 0.20; overstock 0.90
            L24 | 100  | 10    | 10.50 | 2   | 4.8   | 1000    | high_margin_leak 0.76; margin_erosion 0.90; dead_item 0.20; overstock 0.90
            L25 | 100  | 10    | 10.50 | 2   | blank | 1500    | high_margin_leak 0.76; margin_erosion 0.90; dead_item 0.20; overstock 0.90; shrinkage_pattern 0.15
            L26 | 10   | 90    | 100   | 4   | 10    | 900     | high_margin_leak 0.50; margin_erosion 0.90
            L27 | 10   | 85    | 100   | 4   | 15    | 850     | high_margin_leak 0.25; margin_erosion 0.85
            L28 | 10   | 84    | 100   | 4   | 16    | 840     | high_margin_leak 0.20
            L29 | 10   | 0     | 25    | 0   | 100   | 0       | zero_cost_anomaly 0.70; price_discrepancy 0.70
            L30 | 20   | 0     | 50    | 5   | blank | 0       | zero_cost_anomaly 0.85
            L31 | 10   | 80    | 60    | 3   | -33.3 | 800     | high_margin_leak 0.95; negative_profit 0.83; margin_erosion 0.90; price_discrepancy 0.85
            L32 | 10   | 12    | 10    | 3   | -20   | 120     | high_margin_leak 0.95; negative_profit 0.70; margin_erosion 0.90; price_discrepancy 0.85
            L33 | 10   | 30    | 10    | 3   | -200  | 300     | high_margin_leak 0.95; negative_profit 0.95; margin_erosion 0.90; price_discrepancy 0.85
            L34 | 2    | 6     | 10    | 60  | 40    | 12      | severe_inventory_deficit 0.30; low_stock 0.48
            L35 | 3    | 6     | 10    | 250 | 40    | 18      | severe_inventory_deficit 0.95; low_stock 0.70
            L36 | 4    | 6     | 10    | 150 | 40    | 24      | severe_inventory_deficit 0.15; low_stock 0.60
            L37 | 5    | 6     | 10    | 500 | 40    | 30      | low_stock 0.50
            L38 | 4    | 6     | 10    | 101 | 40    | 24      | severe_inventory_deficit 0.10; low_stock 0.60
            L39 | 2    | 6     | 10    | 20  | 40    | 12      | low_stock 0.16
            L40 | 1    | 6     | 10    | 101 | 40    | 6       | severe_inventory_deficit 0.51; low_stock 0.90
            L41 | 50   | 100   | 135   | 20  | 25.9  | 5000    | none
            """)
    void flagsExactlyTheExpectedPrimitivesWithTheirStoredScores(
            String row, double q, double c, double r, double s, String mf, double st, String flags) {
        double margin = mf.equals("blank") ? Double.NaN : Double.parseDouble(mf);

        LegacyResponse response = LegacyRecords.response(
                List.of(LegacyRecords.row(row, q, c, r, s, margin, st).build()));

        Map<String, Double> expected = expectedFlags(flags);
        for (LegacyPrimitive primitive : LegacyPrimitive.values()) {
            LeakEntry entry = response.leaks().get(primitive.id());
            if (expected.containsKey(primitive.id())) {
                assertThat(entry.count()).as("%s %s count", row, primitive.id()).isEqualTo(1);
                assertThat(entry.topItems())
                        .as("%s %s top_items", row, primitive.id())
                        .containsExactly(row);
                assertThat(entry.scores())
                        .as("%s %s score", row, primitive.id())
                        .containsExactly(expected.get(primitive.id()));
            } else {
                assertThat(entry.count()).as("%s %s count", row, primitive.id()).isZero();
                assertThat(entry.topItems())
                        .as("%s %s top_items", row, primitive.id())
                        .isEmpty();
            }
        }
        assertThat(response.summary().totalItemsFlagged()).isEqualTo(expected.size());
    }

    private static Map<String, Double> expectedFlags(String flags) {
        Map<String, Double> expected = new LinkedHashMap<>();
        if (!flags.equals("none")) {
            for (String flag : flags.split(";")) {
                String[] parts = flag.strip().split(" ");
                expected.put(parts[0], Double.parseDouble(parts[1]));
            }
        }
        return expected;
    }
}
