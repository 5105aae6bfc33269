package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.ItemRecord;

/**
 * The per-record half of an analysis, for parallel reading: a reading thread hands each record (and the notes of its
 * rows) to its own evaluator, which does the pure work — the item view, the rules, the findings with their evidence —
 * and the results are accepted by the analysis in record order ({@link Analysis#accept(EvaluatedRecord)}), where
 * duplicates, groups and totals are decided. One evaluator per thread; evaluators share only read-only state.
 */
public interface RecordEvaluator {
    /** A data-quality note of the rows being read (a {@code NEGATIVE_PRICE} note arrives before its record). */
    void note(DataQualityNote note);

    /** Evaluates one record. */
    EvaluatedRecord evaluate(ItemRecord record);
}
