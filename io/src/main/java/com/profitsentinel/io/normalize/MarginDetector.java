package com.profitsentinel.io.normalize;

import com.profitsentinel.engine.record.MarginInterpretation;
import com.profitsentinel.io.table.SampleRow;
import com.profitsentinel.io.value.NumberParser;
import com.profitsentinel.io.value.NumberResult;
import com.profitsentinel.io.value.NumberStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decides how a margin column reads (engine.md §2.3.3 steps 2 and 3) from the file's sample rows: percent units when a
 * cell has a {@code %} or the median magnitude is above 1.5; markup when the header is a markup alias or more rows
 * match the markup on cost than the margin on retail. The decision is made once, before the first record, so that
 * records can stream (docs/decisions/0008).
 */
final class MarginDetector {
    private static final double PERCENT_MEDIAN = 1.5;
    private static final double MATCH_TOLERANCE = 0.01;

    private MarginDetector() {}

    /**
     * @param sample the file's first rows
     * @param marginColumn the margin column
     * @param markupHeader the column's header is a markup alias
     * @param costColumn the first cost column, or -1
     * @param retailColumn the retail column, or -1
     * @param styles each column's number style
     */
    static MarginInterpretation detect(
            List<SampleRow> sample,
            int marginColumn,
            boolean markupHeader,
            int costColumn,
            int retailColumn,
            NumberStyle[] styles) {
        NumberResult number = new NumberResult();
        List<Double> magnitudes = new ArrayList<>();
        List<double[]> triples = new ArrayList<>();
        boolean percentSign = false;
        for (SampleRow row : sample) {
            NumberParser.parse(row.cell(marginColumn), styles[marginColumn], number);
            if (number.status() != NumberResult.Status.VALUE) {
                continue;
            }
            double value = number.value();
            percentSign |= number.percent();
            if (value != 0) {
                magnitudes.add(Math.abs(value));
            }
            double cost = value(row, costColumn, styles, number);
            double retail = value(row, retailColumn, styles, number);
            if (cost > 0 && retail > 0) {
                triples.add(new double[] {value, cost, retail});
            }
        }
        boolean percentUnits = percentSign || median(magnitudes) > PERCENT_MEDIAN;
        if (markupHeader) {
            return new MarginInterpretation(percentUnits, true);
        }
        int marginMatches = 0;
        int markupMatches = 0;
        for (double[] triple : triples) {
            double reported = percentUnits ? triple[0] / 100 : triple[0];
            double cost = triple[1];
            double retail = triple[2];
            if (Math.abs(reported - (retail - cost) / retail) <= MATCH_TOLERANCE) {
                marginMatches++;
            }
            if (Math.abs(reported - (retail - cost) / cost) <= MATCH_TOLERANCE) {
                markupMatches++;
            }
        }
        return new MarginInterpretation(percentUnits, markupMatches > marginMatches);
    }

    private static double value(SampleRow row, int column, NumberStyle[] styles, NumberResult number) {
        if (column < 0) {
            return Double.NaN;
        }
        NumberParser.parse(row.cell(column), styles[column], number);
        return number.status() == NumberResult.Status.VALUE ? number.value() : Double.NaN;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
