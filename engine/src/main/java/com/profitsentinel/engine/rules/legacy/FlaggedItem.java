package com.profitsentinel.engine.rules.legacy;

/**
 * One record flagged by one primitive, as the response lists it (engine.md §5.8 {@code item_details}) with the
 * per-item impact the estimate samples (§5.7).
 *
 * @param rawScore the primitive's raw score (the sort key)
 * @param score the stored score, rounded to 2 decimals after the {@code > 0.1} test
 * @param storeId store
 * @param sku SKU
 * @param description the first 50 characters of the description
 * @param fields the legacy fields
 * @param impact the per-item impact of §5.7 with its cap ({@code abs(q) × c} for negative_inventory)
 * @param context the context sentence
 * @param findingId the finding's ID
 */
record FlaggedItem(
        double rawScore,
        double score,
        String storeId,
        String sku,
        String description,
        LegacyFields fields,
        double impact,
        String context,
        String findingId) {}
