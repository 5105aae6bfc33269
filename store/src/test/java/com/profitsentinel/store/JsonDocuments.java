package com.profitsentinel.store;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * JSON-like result documents of realistic size and repetitiveness: one finding object per inventory row for the
 * native result (about 230 bytes each, so 36,452 rows give about 8 MB) and a short top-items legacy object.
 */
final class JsonDocuments {
    private static final String[] LEAK_TYPES = {
        "negative_inventory", "dead_stock", "margin_erosion", "shrinkage_pattern", "price_discrepancy", "overstock"
    };

    private JsonDocuments() {}

    static byte[] nativeResult(int rows) {
        SplittableRandom random = new SplittableRandom(36_452);
        HexFormat hex = HexFormat.of();
        StringBuilder json = new StringBuilder(rows * 240 + 100);
        json.append("{\"engine\":\"sentinel\",\"engine_version\":\"2.0.0\",\"findings\":[");
        for (int row = 0; row < rows; row++) {
            if (row > 0) {
                json.append(',');
            }
            byte[] id = new byte[8];
            random.nextBytes(id);
            String leakType = LEAK_TYPES[random.nextInt(LEAK_TYPES.length)];
            json.append("{\"finding_id\":\"")
                    .append(hex.formatHex(id))
                    .append("\",\"leak_type\":\"")
                    .append(leakType)
                    .append("\",\"sku\":\"SKU-")
                    .append(String.format(Locale.ROOT, "%07d", row))
                    .append("\",\"store_id\":\"default\",\"on_hand\":")
                    .append(random.nextInt(-20, 500))
                    .append(",\"unit_cost\":")
                    .append(money(random))
                    .append(",\"annual_profit_at_risk\":")
                    .append(money(random))
                    .append(",\"confidence\":0.")
                    .append(random.nextInt(10, 99))
                    .append(",\"sentence\":\"")
                    .append("On hand is below zero while units keep selling; count the shelf and fix the receipt.")
                    .append("\"}");
        }
        json.append("]}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] legacyResult(int rows) {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder json = new StringBuilder(rows * 12 + 100);
        json.append("{\"leaks\":{\"low_stock\":{\"top_items\":[");
        for (int row = 0; row < rows; row++) {
            if (row > 0) {
                json.append(',');
            }
            json.append('"')
                    .append(String.format(Locale.ROOT, "%07d", random.nextInt(rows)))
                    .append('"');
        }
        json.append("]}},\"summary\":{\"total_rows_analyzed\":").append(rows).append("}}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String money(SplittableRandom random) {
        return random.nextInt(0, 100_000) + "." + String.format(Locale.ROOT, "%02d", random.nextInt(100));
    }
}
