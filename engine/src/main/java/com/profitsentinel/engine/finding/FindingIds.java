package com.profitsentinel.engine.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Stable IDs (engine.md §7.3): the first 16 lowercase hex characters of SHA-256 over
 * {@code {engine}|{major}|{store_id}|{sku}|{leak_type}}; groups use {@code *} for the SKU, data-quality findings
 * {@code DATA_QUALITY:{code}} for the type. IDs depend on nothing else, so acknowledgements survive re-uploads. One
 * instance reuses its digest; not thread-safe.
 */
public final class FindingIds {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final MessageDigest digest;
    private final String prefix;

    /** IDs for one engine and major version. */
    public FindingIds(String engine, int major) {
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        this.prefix = engine + "|" + major + "|";
    }

    /** The finding ID of (store, SKU, kind). */
    public String finding(String storeId, String sku, String kind) {
        return hash(prefix + storeId + "|" + sku + "|" + kind);
    }

    /** The group ID of (store, kind). */
    public String group(String storeId, String kind) {
        return finding(storeId, "*", kind);
    }

    /** The ID of any text, for tests and tools: 16 hex characters of its SHA-256. */
    public String hash(String text) {
        byte[] bytes = digest.digest(text.getBytes(StandardCharsets.UTF_8));
        char[] hex = new char[16];
        for (int index = 0; index < 8; index++) {
            hex[index * 2] = HEX[(bytes[index] >> 4) & 0xF];
            hex[index * 2 + 1] = HEX[bytes[index] & 0xF];
        }
        return new String(hex);
    }
}
