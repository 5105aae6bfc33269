package com.profitsentinel.io.ingest;

import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.record.CountLine;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.SalesLine;
import com.profitsentinel.io.normalize.RecordSink;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything in lists, for tests. */
final class CollectingSink implements RecordSink {
    final List<ItemRecord> records = new ArrayList<>();
    final List<DataQualityNote> notes = new ArrayList<>();
    final List<SalesLine> sales = new ArrayList<>();
    final List<PurchaseOrderLine> purchaseOrders = new ArrayList<>();
    final List<CountLine> counts = new ArrayList<>();
    /** Records and lines in arrival order: {@code record SKU}, {@code sale SKU}, {@code po SKU}, {@code count SKU}. */
    final List<String> arrivals = new ArrayList<>();

    int restarts;

    @Override
    public void record(ItemRecord record) {
        records.add(record);
        arrivals.add("record " + record.sku());
    }

    @Override
    public void note(DataQualityNote note) {
        notes.add(note);
    }

    @Override
    public void salesLine(SalesLine line) {
        sales.add(line);
        arrivals.add("sale " + line.sku());
    }

    @Override
    public void purchaseOrderLine(PurchaseOrderLine line) {
        purchaseOrders.add(line);
        arrivals.add("po " + line.sku());
    }

    @Override
    public void countLine(CountLine line) {
        counts.add(line);
        arrivals.add("count " + line.sku());
    }

    @Override
    public void restart() {
        restarts++;
        records.clear();
        notes.clear();
        sales.clear();
        purchaseOrders.clear();
        counts.clear();
        arrivals.clear();
    }

    ItemRecord record(String sku) {
        return records.stream()
                .filter(record -> record.sku().equals(sku))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no record " + sku + " in " + records));
    }

    List<DataQualityNote> notes(DataQualityCode code) {
        return notes.stream().filter(note -> note.code() == code).toList();
    }
}
