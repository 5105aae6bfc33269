package com.profitsentinel.engine.rules.sentinel;

import com.profitsentinel.engine.finding.Formats;
import java.util.LinkedHashMap;
import java.util.Map;

/** Short names for the sentence formats of engine.md §5.5 and an ordered details builder. */
final class Text {
    private Text() {}

    static String money(double value) {
        return Formats.money(value);
    }

    static String number(double value, int decimals) {
        return Formats.number(value, decimals);
    }

    /** An ordered details map from alternating names and values; NaN values are left out. */
    static Map<String, Object> details(Object... pairs) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int index = 0; index < pairs.length; index += 2) {
            Object value = pairs[index + 1];
            if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
                continue;
            }
            details.put((String) pairs[index], value);
        }
        return details;
    }
}
