package com.profitsentinel.io.normalize;

import com.profitsentinel.engine.analysis.EvaluatedRecord;
import com.profitsentinel.engine.analysis.RecordEvaluator;
import com.profitsentinel.engine.record.CountLine;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.SalesLine;
import java.util.Optional;

/**
 * Receives what ingestion produces, one item at a time: records, sales lines, PO lines and data-quality notes. An
 * engine accumulator, a counter in a test, a list in a small tool.
 */
public interface RecordSink {
    /**
     * An inventory file starts: which columns it maps and how its margin column reads. Its file-level notes and then
     * its records follow.
     */
    default void beginFile(FileFacts facts) {}

    /** One normalized inventory record. */
    void record(ItemRecord record);

    /**
     * An evaluator for one reading thread, when the sink can take records evaluated away from their order (the
     * analysis's {@link RecordEvaluator}); empty when every record must reach {@link #record(ItemRecord)}.
     */
    default Optional<RecordEvaluator> evaluator() {
        return Optional.empty();
    }

    /** A record evaluated by one of this sink's evaluators, in file order. */
    default void evaluated(EvaluatedRecord evaluated) {
        record(evaluated.record());
    }

    /** One data-quality note (a bad cell, a rejected row). */
    void note(DataQualityNote note);

    /** One sales-detail line; ignored unless the sink wants sales. */
    default void salesLine(SalesLine line) {}

    /** One purchase-order line; ignored unless the sink wants PO lines. */
    default void purchaseOrderLine(PurchaseOrderLine line) {}

    /** One physical-count line; ignored unless the sink wants counts. */
    default void countLine(CountLine line) {}

    /**
     * Forget everything received from the current file: ingestion found the file is not in the encoding it assumed
     * (columns.md §2.2) and reads it again from the start.
     */
    void restart();

    /**
     * As {@link #restart()}, naming the file that is read again, so a sink that already holds lines of files read before
     * it can tell they are not affected.
     */
    default void restart(String sourceFile) {
        restart();
    }
}
