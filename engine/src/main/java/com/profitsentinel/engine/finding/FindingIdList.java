package com.profitsentinel.engine.finding;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The finding IDs of a group's members, computed when read (§7.3: an ID depends only on engine, major version, store,
 * SKU and kind), so a group of a hundred thousand SKUs does not keep a hundred thousand ID strings. Immutable; safe to
 * read from several threads.
 */
public final class FindingIdList extends AbstractList<String> implements RandomAccess {
    private final String engine;
    private final int major;
    private final String storeId;
    private final List<String> skus;
    private final String kind;

    /**
     * @param engine engine id
     * @param major engine major version
     * @param storeId the group's store
     * @param skus the members' SKUs, in group order (not copied; must not change)
     * @param kind the kind as it appears in IDs
     */
    public FindingIdList(String engine, int major, String storeId, List<String> skus, String kind) {
        this.engine = requireNonNull(engine, "engine is null");
        this.major = major;
        this.storeId = requireNonNull(storeId, "storeId is null");
        this.skus = requireNonNull(skus, "skus is null");
        this.kind = requireNonNull(kind, "kind is null");
    }

    @Override
    public String get(int index) {
        return new FindingIds(engine, major).finding(storeId, skus.get(index), kind);
    }

    @Override
    public int size() {
        return skus.size();
    }
}
