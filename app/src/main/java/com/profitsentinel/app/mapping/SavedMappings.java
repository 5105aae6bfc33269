package com.profitsentinel.app.mapping;

import com.profitsentinel.io.mapping.ColumnMapping;
import com.profitsentinel.io.mapping.HeaderKeys;
import com.profitsentinel.io.mapping.MappingDecision;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The header signature of a file and the saved choices a new file starts from (columns.md §6.8). */
public final class SavedMappings {
    /** The saved target of a column kept but not used. */
    public static final String EXTENDED = "extended";

    private SavedMappings() {}

    /** SHA-256 (hex) of the sorted, de-duplicated header keys joined by {@code \n}. */
    public static String fingerprint(List<String> headers) {
        TreeSet<String> keys = new TreeSet<>();
        for (String header : headers) {
            String key = HeaderKeys.key(header);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", keys).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The confirmed choices of a mapping: header key → field id, or {@code extended}; unmapped columns are left out. */
    public static Map<String, String> columns(ColumnMapping mapping) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (MappingDecision decision : mapping.columns()) {
            String key = HeaderKeys.key(decision.header());
            if (key.isEmpty()) {
                continue;
            }
            switch (decision) {
                case MappingDecision.Mapped mapped ->
                    columns.put(key, mapped.field().id());
                case MappingDecision.Extended extended -> columns.put(key, EXTENDED);
                case MappingDecision.Unmapped unmapped -> {}
            }
        }
        return columns;
    }

    /**
     * The saved choices a new file of the store starts from: every saved mapping's, the most recently used winning
     * for a header key they share ({@code saved} is most recently used first).
     */
    public static Map<String, String> choices(List<SavedMapping> saved) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (int index = saved.size() - 1; index >= 0; index--) {
            choices.putAll(saved.get(index).columns());
        }
        return choices;
    }
}
