package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.record.ItemRecord;

/** What a {@link RecordEvaluator} made of one record, waiting to be accepted in record order. */
public interface EvaluatedRecord {
    /** The record. */
    ItemRecord record();
}
