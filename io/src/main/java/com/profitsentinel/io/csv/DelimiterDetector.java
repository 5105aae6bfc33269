package com.profitsentinel.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the delimiter of a text file (columns.md §2.1): over the first 64 KB (at most 200 physical lines), each of
 * {@code ,} {@code TAB} {@code ;} {@code |} is tried with quoting; the candidate whose modal field count k ≥ 2 is shared by
 * the most lines wins, then the larger k, then the earlier candidate.
 */
final class DelimiterDetector {
    static final byte[] CANDIDATES = {',', '\t', ';', '|'};
    static final int SAMPLE_BYTES = 64 * 1024;
    private static final int SAMPLE_LINES = 200;

    private DelimiterDetector() {}

    /** The delimiter, or empty when no candidate splits the sample into at least two fields (NOT_TABULAR). */
    static Optional<Byte> detect(byte[] sample, int length) {
        byte best = 0;
        double bestShare = -1;
        int bestFields = 0;
        for (byte candidate : CANDIDATES) {
            Map<Integer, Integer> counts = fieldCounts(sample, length, candidate);
            int lines = 0;
            int modalFields = 0;
            int modalLines = 0;
            for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
                lines += entry.getValue();
                boolean better = entry.getValue() > modalLines
                        || (entry.getValue() == modalLines && entry.getKey() > modalFields);
                if (better) {
                    modalFields = entry.getKey();
                    modalLines = entry.getValue();
                }
            }
            if (modalFields < 2 || lines == 0) {
                continue;
            }
            double share = (double) modalLines / lines;
            if (share > bestShare || (share == bestShare && modalFields > bestFields)) {
                best = candidate;
                bestShare = share;
                bestFields = modalFields;
            }
        }
        return bestShare < 0 ? Optional.empty() : Optional.of(best);
    }

    private static Map<Integer, Integer> fieldCounts(byte[] sample, int length, byte delimiter) {
        Map<Integer, Integer> counts = new HashMap<>();
        CsvTokenizer tokenizer = new CsvTokenizer(new ByteArrayInputStream(sample, 0, length), delimiter, false);
        try {
            while (tokenizer.next() && tokenizer.recordLine() <= SAMPLE_LINES) {
                if (tokenizer.unterminated()) {
                    break;
                }
                int fields = significantFields(tokenizer);
                if (fields > 0) {
                    counts.merge(fields, 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /** Field count ignoring trailing blank fields; 0 for a blank line. */
    private static int significantFields(CsvTokenizer tokenizer) {
        int count = tokenizer.fieldCount();
        byte[] bytes = tokenizer.buffer();
        while (count > 0) {
            int field = count - 1;
            boolean blank = true;
            for (int index = tokenizer.start(field); index < tokenizer.end(field); index++) {
                if (bytes[index] != ' ' && bytes[index] != '\t') {
                    blank = false;
                    break;
                }
            }
            if (!blank) {
                break;
            }
            count--;
        }
        return count == 0 ? 0 : tokenizer.fieldCount();
    }
}
