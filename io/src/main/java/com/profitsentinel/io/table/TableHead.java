package com.profitsentinel.io.table;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.DataQualityCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The top of a table: the header row found among the first rows, the title lines above it (preamble) and the first
 * data rows kept as the mapping sample (columns.md §2.6). Reading it leaves the reader after the last sample row.
 *
 * @param headers the header cells, trimmed; blanks named {@code Column <letter>}, duplicates renamed {@code Name (2)}
 * @param headerRow the physical row of the header
 * @param preamble the rows above the header, each as its non-blank cells joined by a space
 * @param sample the first data rows: the sample size, or more when the header search read further
 * @param complete whether the sample holds every data row of the table (the reader is exhausted)
 * @param notices file-level warnings ({@code DUPLICATE_HEADER})
 */
public record TableHead(
        List<String> headers,
        long headerRow,
        List<String> preamble,
        List<SampleRow> sample,
        boolean complete,
        List<Notice> notices) {

    /** Rows searched for the header (columns.md §2.6). */
    public static final int HEADER_SEARCH_ROWS = 30;

    /** Data rows kept for mapping (columns.md §1). */
    public static final int SAMPLE_ROWS = 200;

    /** Columns a file may have (columns.md §3). */
    public static final int MAX_COLUMNS = 512;

    /** Header text longer than this is cut for matching (columns.md §3). */
    public static final int MAX_HEADER_LENGTH = 256;

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[$]?\\d[\\d,]*(\\.\\d+)?%?|[-+]?\\.\\d+");
    private static final Pattern DATE_LIKE =
            Pattern.compile("\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}([ T].*)?|(19|20)\\d{6}|\\d{1,2}-[A-Za-z]{3}-\\d{2,4}"
                    + "|[A-Za-z]{3,9} \\d{1,2}, ?\\d{2,4}");

    public TableHead {
        headers = List.copyOf(headers);
        preamble = List.copyOf(preamble);
        sample = List.copyOf(sample);
        notices = List.copyOf(notices);
    }

    /**
     * Reads the header, the preamble and the sample.
     *
     * @param reader a reader positioned at the start of the table
     * @param displayName the file name for messages
     * @param sampleRows how many data rows to keep
     * @throws ProfitSentinelException {@code NO_HEADER_ROW}, {@code EMPTY_FILE} or {@code TOO_MANY_COLUMNS}
     */
    public static TableHead read(TableReader reader, String displayName, int sampleRows) {
        requireNonNull(reader, "reader is null");
        List<SampleRow> top = new ArrayList<>();
        boolean exhausted = false;
        while (top.size() <= HEADER_SEARCH_ROWS) {
            if (!reader.next()) {
                exhausted = true;
                break;
            }
            top.add(SampleRow.copyOf(reader.row()));
        }
        if (top.isEmpty()) {
            throw new ProfitSentinelException(
                    ErrorCode.EMPTY_FILE, "The file \"" + displayName + "\" is empty or has no data rows.");
        }
        int headerIndex = findHeader(top);
        if (headerIndex < 0) {
            throw new ProfitSentinelException(
                    ErrorCode.NO_HEADER_ROW,
                    "No header row was found in the first 30 rows of \"" + displayName
                            + "\". Export the file with column headings.");
        }
        SampleRow header = top.get(headerIndex);
        List<String> preamble = new ArrayList<>();
        for (int index = 0; index < headerIndex; index++) {
            preamble.add(String.join(
                    " ",
                    top.get(index).cells().stream()
                            .filter(cell -> !cell.isEmpty())
                            .toList()));
        }
        List<SampleRow> sample = new ArrayList<>(top.subList(headerIndex + 1, top.size()));
        while (!exhausted && sample.size() < sampleRows) {
            if (reader.next()) {
                sample.add(SampleRow.copyOf(reader.row()));
            } else {
                exhausted = true;
            }
        }
        List<String> cells = new ArrayList<>(header.cells());
        dropBlankTrailingColumn(cells, sample);
        if (cells.size() > MAX_COLUMNS) {
            throw new ProfitSentinelException(
                    ErrorCode.TOO_MANY_COLUMNS,
                    "The file \"" + displayName + "\" has " + cells.size() + " columns; at most " + MAX_COLUMNS
                            + " are supported.");
        }
        List<Notice> notices = new ArrayList<>();
        List<String> headers = nameColumns(cells, notices);
        return new TableHead(headers, header.sourceRow(), preamble, sample, exhausted, notices);
    }

    /** Index of the header row within {@code rows}, or -1. */
    static int findHeader(List<SampleRow> rows) {
        int limit = Math.min(rows.size(), HEADER_SEARCH_ROWS);
        for (int index = 0; index < limit; index++) {
            SampleRow row = rows.get(index);
            if (qualifiesAsHeader(row) && (index + 1 >= rows.size() || fitsUnder(row, rows.get(index + 1)))) {
                return index;
            }
        }
        return -1;
    }

    private static boolean qualifiesAsHeader(SampleRow row) {
        int width = row.significantSize();
        int nonBlank = row.nonBlankCount();
        if (nonBlank < 2 || nonBlank * 2 < width) {
            return false;
        }
        for (String cell : row.cells()) {
            if (!cell.isEmpty()
                    && (PLAIN_NUMBER.matcher(cell).matches()
                            || DATE_LIKE.matcher(cell).matches())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the next row has the header's number of fields, ignoring trailing blanks (a workbook row or an export
     * whose last cells are blank may be shorter, but never wider, and never less than half as wide).
     */
    private static boolean fitsUnder(SampleRow header, SampleRow next) {
        int width = header.significantSize();
        int nextWidth = next.significantSize();
        if (next.cells().size() == header.cells().size() || nextWidth == width) {
            return true;
        }
        return nextWidth < width && nextWidth * 2 >= width;
    }

    private static void dropBlankTrailingColumn(List<String> cells, List<SampleRow> sample) {
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            int last = cells.size() - 1;
            boolean blank = sample.stream().allMatch(row -> row.cell(last).isEmpty());
            if (!blank) {
                return;
            }
            cells.remove(last);
        }
    }

    private static List<String> nameColumns(List<String> cells, List<Notice> notices) {
        List<String> names = new ArrayList<>(cells.size());
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> duplicates = new java.util.LinkedHashMap<>();
        for (int column = 0; column < cells.size(); column++) {
            String name = cells.get(column).isEmpty() ? "Column " + columnLetter(column) : cells.get(column);
            int count = seen.merge(name, 1, Integer::sum);
            if (count > 1) {
                duplicates.put(name, count);
                name = name + " (" + count + ")";
            }
            names.add(name);
        }
        duplicates.forEach((name, count) -> {
            List<String> copies = new ArrayList<>();
            for (int copy = 2; copy <= count; copy++) {
                copies.add("\"" + name + " (" + copy + ")\"");
            }
            notices.add(new Notice(
                    DataQualityCode.DUPLICATE_HEADER,
                    "The column name \"" + name + "\" appears " + count + " times; later copies were renamed "
                            + String.join(", ", copies) + "."));
        });
        return names;
    }

    /** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int value = column; value >= 0; value = value / 26 - 1) {
            letters.insert(0, (char) ('A' + value % 26));
        }
        return letters.toString();
    }
}
