package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.SalesLine;
import java.util.Optional;

/**
 * One running analysis: records stream in one at a time and {@link #finish(InputCounts)} returns the result. Sales and
 * PO lines arrive before the inventory records of their store (they feed velocity and the PO rules). Only per-store
 * accumulators are kept, never the records themselves. Not thread-safe.
 */
public interface Analysis {
    /** An inventory file starts; its records follow. */
    void beginFile(FileFacts facts);

    /** One inventory record. */
    void record(ItemRecord record);

    /**
     * A new evaluator for one reading thread, when the engine can evaluate records away from the order they are
     * accepted in; empty when every record must go through {@link #record(ItemRecord)}. Ask after
     * {@link #beginFile(FileFacts)}: an evaluator reads the file it was made for.
     */
    default Optional<RecordEvaluator> evaluator() {
        return Optional.empty();
    }

    /** A record evaluated by one of this analysis's evaluators, in record order. */
    default void accept(EvaluatedRecord evaluated) {
        record(evaluated.record());
    }

    /** One sales-detail line. */
    void salesLine(SalesLine line);

    /** One purchase-order line. */
    void purchaseOrderLine(PurchaseOrderLine line);

    /** One data-quality note from ingestion. */
    void note(DataQualityNote note);

    /** Forget everything received since the current file began (ingestion reads it again, columns.md §2.2). */
    void restartFile();

    /** The result. The analysis must not be used afterwards. */
    AnalysisResult finish(InputCounts counts);
}
