package com.profitsentinel.io.mapping;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Header normalization (columns.md §6.2): the same function turns file headers, aliases and profile headers into
 * folded tokens and a key, so that {@code Qty On Hand}, {@code qty_on_hnd} and {@code QtyOnHand} are one key,
 * {@code qtyonhand}. Markers of POS fingerprints use the simpler {@link #plainKey(String)} (§8).
 */
public final class HeaderKeys {
    private static final Map<String, List<String>> SYNONYMS = synonyms();

    private HeaderKeys() {}

    /** NFKC, trimmed, surrounding quotes removed: the header as shown to users and used in messages. */
    public static String clean(String header) {
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).strip();
        while (text.length() >= 2
                && ((text.startsWith("\"") && text.endsWith("\"")) || (text.startsWith("'") && text.endsWith("'")))) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** The folded tokens of a header, in order (§6.2 steps 1–3). */
    public static List<String> tokens(String header) {
        String text = clean(header);
        List<String> raw = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int previous = -1;
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            offset += Character.charCount(codePoint);
            String symbol = symbolToken(codePoint);
            if (symbol != null) {
                flush(current, raw);
                raw.add(symbol);
                previous = -1;
                continue;
            }
            if (!Character.isLetterOrDigit(codePoint)) {
                flush(current, raw);
                previous = -1;
                continue;
            }
            if (previous != -1 && splitsBetween(previous, codePoint)) {
                flush(current, raw);
            }
            current.appendCodePoint(codePoint);
            previous = codePoint;
        }
        flush(current, raw);
        List<String> folded = new ArrayList<>(raw.size() + 2);
        for (String token : raw) {
            List<String> replacement = SYNONYMS.get(token);
            if (replacement == null) {
                folded.add(token);
            } else {
                folded.addAll(replacement);
            }
        }
        return List.copyOf(folded);
    }

    /** The key: the folded tokens concatenated ({@code Sug. Retail} → {@code sugretail}). */
    public static String key(String header) {
        return String.join("", tokens(header));
    }

    /**
     * The plain key of POS fingerprint markers (§8): NFKC, lower case, {@code @} → {@code at}, every other
     * non-alphanumeric character removed, no synonym folding ({@code item_no} → {@code itemno}).
     */
    public static String plainKey(String header) {
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(text.length());
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            offset += Character.charCount(codePoint);
            if (codePoint == '@') {
                key.append("at");
            } else if (Character.isLetterOrDigit(codePoint)) {
                key.appendCodePoint(codePoint);
            }
        }
        return key.toString();
    }

    private static boolean splitsBetween(int previous, int next) {
        boolean lowerToUpper = Character.isLowerCase(previous) && Character.isUpperCase(next);
        boolean letterDigit = Character.isLetter(previous) != Character.isLetter(next);
        return lowerToUpper || letterDigit;
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (!current.isEmpty()) {
            tokens.add(current.toString().toLowerCase(Locale.ROOT));
            current.setLength(0);
        }
    }

    private static @Nullable String symbolToken(int codePoint) {
        return switch (codePoint) {
            case '@' -> "at";
            case '%' -> "percent";
            case '#' -> "number";
            case '$' -> "dollar";
            case '&' -> "and";
            default -> null;
        };
    }

    private static Map<String, List<String>> synonyms() {
        Map<String, List<String>> map = new java.util.HashMap<>();
        fold(map, "qty", "qty", "quantity", "qnty");
        fold(map, "number", "no", "num", "nbr", "number");
        fold(map, "percent", "pct", "percent");
        fold(map, "description", "desc", "descr", "description");
        fold(map, "avg", "avg", "average");
        fold(map, "std", "std", "standard");
        fold(map, "dept", "dept", "dpt", "department");
        fold(map, "cat", "cat", "categ", "category");
        fold(map, "mfg", "mfg", "mfgr", "manufacturer");
        fold(map, "sug", "sug", "suggested");
        fold(map, "received", "rcpt", "recv", "rec", "received", "receipt");
        fold(map, "purchase", "pur", "purch", "purchase");
        map.put("oh", List.of("on", "hand"));
        fold(map, "hand", "hnd");
        map.put("oo", List.of("on", "order"));
        fold(map, "order", "ord");
        fold(map, "available", "avail", "avl", "available");
        fold(map, "location", "loc");
        fold(map, "warehouse", "whse", "wh");
        fold(map, "vendor", "vend");
        fold(map, "price", "prc");
        fold(map, "last", "lst");
        fold(map, "regular", "reg");
        fold(map, "extended", "ext");
        fold(map, "amount", "amt");
        fold(map, "sales", "sls");
        fold(map, "date", "dt", "dat");
        fold(map, "count", "cnt");
        fold(map, "code", "cod");
        fold(map, "type", "typ");
        fold(map, "maintenance", "maint");
        fold(map, "margin", "mrgn");
        fold(map, "pack", "pkg", "pk", "pack");
        fold(map, "min", "min", "minimum");
        fold(map, "max", "max", "maximum");
        return Map.copyOf(map);
    }

    private static void fold(Map<String, List<String>> map, String target, String... spellings) {
        for (String spelling : spellings) {
            map.put(spelling, List.of(target));
        }
    }
}
