package com.profitsentinel.cli;

import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.io.normalize.RecordSink;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Counts the records ingestion produces, for the ingestion summary of {@code analyze}. */
final class RecordSummary implements RecordSink {
    private final LocalDate asOf;
    private final Map<String, Long> recordsByStore = new TreeMap<>();
    private long nonInventory;
    private long seasonal;

    RecordSummary(LocalDate asOf) {
        this.asOf = asOf;
    }

    @Override
    public void record(ItemRecord record) {
        recordsByStore.merge(record.storeId(), 1L, Long::sum);
        if (record.nonInventory()) {
            nonInventory++;
        }
        if (record.seasonal()) {
            seasonal++;
        }
    }

    @Override
    public void note(DataQualityNote note) {
        // notes are counted by ingestion itself
    }

    @Override
    public void restart() {
        recordsByStore.clear();
        nonInventory = 0;
        seasonal = 0;
    }

    LocalDate asOf() {
        return asOf;
    }

    Map<String, Long> recordsByStore() {
        return recordsByStore;
    }

    long nonInventory() {
        return nonInventory;
    }

    long seasonal() {
        return seasonal;
    }
}
