package com.profitsentinel.io.value;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The date format of one column (columns.md §5.2), inferred from sample values or fixed, and the parser of that
 * column's cells. Immutable and safe to share between threads.
 *
 * <p>Formats, in table order: {@code YYYYMMDD} (8 digits within 19000101–21001231), {@code YYYY-MM-DD},
 * {@code YYYY-MM-DD HH:MM:SS}, ISO 8601 date-time ({@code 2025-06-15T14:03:00Z}, {@code 2025-06-15 14:03:00 -0400};
 * converted to the store's time zone), {@code YYYY/MM/DD}, {@code MM/DD/YYYY} (also {@code M/D/YYYY}),
 * {@code MM/DD/YY}, {@code MM/DD/YYYY HH:MM[:SS] [AM|PM]}, {@code MM-DD-YYYY}, {@code DD-Mon-YYYY},
 * {@code DD-Mon-YY}, {@code Mon DD,YY}, {@code Mon DD, YYYY} (also {@code Month DD, YYYY}); the slash and dash formats
 * read {@code DD/MM} instead when the column is day-first. An Excel serial day number in a text cell is read only when
 * that format is {@linkplain #fixed forced}. Times are dropped after any time-zone conversion.
 *
 * <p>Every cell is read with the winning format and, when that fails, with the other formats in table order. Blank
 * cells, the "no value" spellings of §5.1 ({@code -}, {@code N/A}, {@code null}, ...) and the placeholders meaning
 * "never" are {@link DateResult.Status#MISSING}: text made only of zeros and separators ({@code 0}, {@code 00000000},
 * {@code 0000-00-00}, {@code 0000-00-00 00:00:00}), and the dates 1900-01-01 and 1899-12-30 as written in any format
 * ({@code 1900-01-01}, {@code 01/01/1900}, {@code 1899-12-30}, {@code 12/30/1899}; engine.md §2.3.5). Surrounding
 * quotes and a leading apostrophe are stripped.
 */
public final class DateColumnFormat {
    /** Samples looked at by {@link #infer}. */
    public static final int MAX_SAMPLES = 200;

    /** The formats of columns.md §5.2 in table order. */
    private enum Kind {
        COMPACT("YYYYMMDD"),
        ISO_DATE("YYYY-MM-DD"),
        SQL_DATE_TIME("YYYY-MM-DD HH:MM:SS"),
        ISO_DATE_TIME("ISO 8601 date-time"),
        YEAR_FIRST_SLASH("YYYY/MM/DD"),
        SLASH("MM/DD/YYYY", "DD/MM/YYYY"),
        SLASH_SHORT_YEAR("MM/DD/YY", "DD/MM/YY"),
        SLASH_DATE_TIME("MM/DD/YYYY HH:MM[:SS] [AM|PM]", "DD/MM/YYYY HH:MM[:SS] [AM|PM]"),
        DASH("MM-DD-YYYY", "DD-MM-YYYY"),
        DAY_MONTH_NAME("DD-Mon-YYYY"),
        DAY_MONTH_NAME_SHORT_YEAR("DD-Mon-YY"),
        MONTH_NAME_SHORT_YEAR("Mon DD,YY"),
        MONTH_NAME("Mon DD, YYYY"),
        EXCEL_SERIAL("Excel serial");

        private final String monthFirstName;
        private final String dayFirstName;

        Kind(String name) {
            this(name, name);
        }

        Kind(String monthFirstName, String dayFirstName) {
            this.monthFirstName = monthFirstName;
            this.dayFirstName = dayFirstName;
        }

        boolean ordered() {
            return !monthFirstName.equals(dayFirstName);
        }

        String displayName(boolean dayFirst) {
            return dayFirst ? dayFirstName : monthFirstName;
        }
    }

    /** The formats tried on text cells, in table order; an Excel serial only when it is the column's format. */
    private static final Set<Kind> TEXT_FORMATS = EnumSet.complementOf(EnumSet.of(Kind.EXCEL_SERIAL));

    /** A parse outcome that is not an epoch day: the text is not in the format. */
    private static final int FAILED = Integer.MIN_VALUE;

    /** A parse outcome that is not an epoch day: a placeholder meaning "never". */
    private static final int PLACEHOLDER = Integer.MIN_VALUE + 1;

    /** The fast byte path could not decide; the text path must. */
    private static final int UNDECIDED = Integer.MIN_VALUE + 2;

    private static final int SECONDS_PER_DAY = 86_400;
    private static final int EXCEL_1900_DAY_ZERO = -25_568; // 1899-12-31, serial 0 of the 1900 system
    private static final int EXCEL_1900_BUG_START = 60; // serial 60 is the nonexistent 1900-02-29
    private static final int EXCEL_1904_DAY_ZERO = -24_107; // 1904-01-01, serial 0 of the 1904 system
    private static final int LAST_DAY = 2_932_896; // 9999-12-31
    private static final int LARGEST_SERIAL = 2_958_465; // 9999-12-31 in the 1900 system
    private static final int COMPACT_FIRST = 19_000_101;
    private static final int COMPACT_LAST = 21_001_231;

    private static final Set<String> MISSING_SPELLINGS = Set.of("-", "--", ".", "n/a", "na", "null", "none");
    private static final Set<String> PLACEHOLDER_TEXTS = Set.of("1900-01-01", "01/01/1900", "1899-12-30", "12/30/1899");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("january", 1),
            Map.entry("feb", 2),
            Map.entry("february", 2),
            Map.entry("mar", 3),
            Map.entry("march", 3),
            Map.entry("apr", 4),
            Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("june", 6),
            Map.entry("jul", 7),
            Map.entry("july", 7),
            Map.entry("aug", 8),
            Map.entry("august", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("september", 9),
            Map.entry("oct", 10),
            Map.entry("october", 10),
            Map.entry("nov", 11),
            Map.entry("november", 11),
            Map.entry("dec", 12),
            Map.entry("december", 12));

    private final DateContext context;
    private final Kind kind;
    private final boolean dayFirst;
    private final int sampleCount;
    private final int matchedSamples;
    private final int twoDigitYearFirstDay;
    private final int twoDigitYearLastDay;

    private DateColumnFormat(DateContext context, Kind kind, boolean dayFirst, int sampleCount, int matchedSamples) {
        this.context = requireNonNull(context, "context is null");
        this.kind = kind;
        this.dayFirst = dayFirst;
        this.sampleCount = sampleCount;
        this.matchedSamples = matchedSamples;
        this.twoDigitYearFirstDay =
                Math.toIntExact(context.asOf().minusYears(80).toEpochDay());
        this.twoDigitYearLastDay = Math.toIntExact(context.asOf().plusYears(20).toEpochDay());
    }

    /**
     * Infers a column's date format from its sample cells (columns.md §5.2). The first {@value #MAX_SAMPLES} samples
     * that are not blank, not a missing spelling and not a textual placeholder ({@code 00000000}, {@code 1900-01-01},
     * ...) are used. Day/month order: day-first when any
     * slash or dash value has a first component above 12; else month-first when any has a second component above 12;
     * else {@link DateContext#dayFirstLocale()}. Then every format is tried on every sample and the one that reads the
     * most wins; ties go to the earlier format in the table, so a column with no readable sample gets
     * {@code YYYYMMDD}.
     *
     * @param samples the column's sample cells as read
     * @param context the analysis date and the store's time zone and locale
     * @return the column's format; never null
     */
    public static DateColumnFormat infer(List<String> samples, DateContext context) {
        List<String> values = new ArrayList<>();
        for (String sample : samples) {
            if (values.size() == MAX_SAMPLES) {
                break;
            }
            String value = strip(sample);
            if (!value.isEmpty() && !isMissingText(value)) {
                values.add(value);
            }
        }
        boolean dayFirst = inferDayFirst(values, context.dayFirstLocale());
        DateColumnFormat probe = new DateColumnFormat(context, Kind.COMPACT, dayFirst, 0, 0);
        Kind best = Kind.COMPACT;
        int bestCount = 0;
        for (Kind candidate : TEXT_FORMATS) {
            int count = 0;
            for (String value : values) {
                if (probe.parseAs(candidate, value) != FAILED) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return new DateColumnFormat(context, best, dayFirst, values.size(), bestCount);
    }

    /**
     * A column format chosen by name rather than inferred: for forced formats and tests. The name is one that
     * {@link #pattern()} gives (case ignored), see {@link #supportedPatterns()}; {@code DD/MM/...} and {@code DD-MM-...}
     * names make the column day-first, {@code MM/DD/...} and {@code MM-DD-...} month-first, other names take the
     * order from {@link DateContext#dayFirstLocale()}. {@code Excel serial} reads plain numbers as Excel 1900-system
     * serial day numbers.
     *
     * @param pattern the format's name, such as {@code MM/DD/YYYY}, {@code DD/MM/YY} or {@code YYYYMMDD}
     * @param context the analysis date and the store's time zone and locale
     * @return the column format; never null
     * @throws IllegalArgumentException when the name is not one of {@link #supportedPatterns()}
     */
    public static DateColumnFormat fixed(String pattern, DateContext context) {
        String wanted = ValueText.trim(pattern);
        for (Kind candidate : Kind.values()) {
            if (candidate.displayName(false).equalsIgnoreCase(wanted)) {
                boolean order = !candidate.ordered() && context.dayFirstLocale();
                return new DateColumnFormat(context, candidate, order, 0, 0);
            }
            if (candidate.displayName(true).equalsIgnoreCase(wanted)) {
                return new DateColumnFormat(context, candidate, true, 0, 0);
            }
        }
        throw new IllegalArgumentException(
                "Unknown date format \"" + pattern + "\"; expected one of " + supportedPatterns());
    }

    /** The format names {@link #fixed} accepts and {@link #pattern()} gives, in table order. */
    public static List<String> supportedPatterns() {
        List<String> names = new ArrayList<>();
        for (Kind candidate : Kind.values()) {
            names.add(candidate.displayName(false));
            if (candidate.ordered()) {
                names.add(candidate.displayName(true));
            }
        }
        return List.copyOf(names);
    }

    /**
     * Parses one date cell given as text (columns.md §5.2) into {@code out}: the winning format first, then the others
     * in table order.
     *
     * @param text the cell as read
     * @param out receives the status and the epoch day in the store's time zone
     */
    public void parse(CharSequence text, DateResult out) {
        String value = strip(text);
        if (value.isEmpty() || isMissingText(value)) {
            out.setMissing();
            return;
        }
        deliver(parseStripped(value), out);
    }

    /**
     * Parses one date cell straight from a file's bytes (columns.md §5.2) into {@code out}; gives exactly the result of
     * {@link #parse(CharSequence, DateResult)} on the decoded text. Allocation-free for blank cells, zero placeholders
     * and valid ASCII {@code YYYYMMDD}, {@code YYYY-MM-DD} and {@code M/D/YYYY} ({@code D/M/YYYY} in a day-first column)
     * cells.
     *
     * @param bytes the buffer holding the cell
     * @param from index of the cell's first byte
     * @param to index one past the cell's last byte
     * @param charset the file's encoding, used for cells the fast path does not decide
     * @param out receives the status and the epoch day in the store's time zone
     */
    public void parse(byte[] bytes, int from, int to, Charset charset, DateResult out) {
        Objects.checkFromToIndex(from, to, bytes.length);
        if (to - from == 8 && ValueText.asciiCompatible(charset)) {
            // the common compact YYYYMMDD cell in one pass; anything else takes the general path below
            int number = digitsValue(bytes, from, to);
            if (number == 0) {
                deliver(PLACEHOLDER, out);
                return;
            }
            if (number > 0) {
                int code = compactCode(number);
                if (code != FAILED) {
                    deliver(code, out);
                    return;
                }
            }
        }
        if (ValueText.asciiCompatible(charset) && ValueText.allAscii(bytes, from, to)) {
            int code = parseFast(bytes, from, to);
            if (code != UNDECIDED) {
                deliver(code, out);
                return;
            }
        }
        parse(new String(bytes, from, to - from, charset), out);
    }

    /**
     * Reads an Excel serial day number from a workbook date cell (columns.md §5.2). In the 1900 system serial 1 is
     * 1900-01-01 and Excel's nonexistent 1900-02-29 (serial 60) is counted, so serials from 61 on are one day high;
     * serial 60 itself is unparseable. In the 1904 system serial 0 is 1904-01-01. The fraction (the time of day) is
     * dropped. Serials below 2 (0 and 1, in either system) are placeholders and read as missing; negative, non-finite
     * and post-9999 serials are unparseable.
     *
     * @param serial the cell's number
     * @param date1904 whether the workbook uses the 1904 date system
     * @param out receives the status and the epoch day
     */
    public void parseExcelSerial(double serial, boolean date1904, DateResult out) {
        deliver(serialCode(serial, date1904), out);
    }

    /** The analysis date and the store's time zone and locale this format was made for. */
    public DateContext context() {
        return context;
    }

    /** The winning format's human-readable name for messages, such as {@code MM/DD/YYYY} or {@code YYYYMMDD}. */
    public String pattern() {
        return kind.displayName(dayFirst);
    }

    /** Whether the column writes the day before the month in its slash and dash formats. */
    public boolean dayFirst() {
        return dayFirst;
    }

    /** How many samples {@link #infer} looked at (see there); 0 for fixed formats. */
    public int sampleCount() {
        return sampleCount;
    }

    /** How many of the samples the winning format read; 0 for fixed formats. */
    public int matchedSamples() {
        return matchedSamples;
    }

    @Override
    public String toString() {
        return pattern();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Text path

    private static void deliver(int code, DateResult out) {
        if (code == FAILED || code == UNDECIDED) {
            out.setUnparseable();
        } else if (code == PLACEHOLDER) {
            out.setMissing();
        } else {
            out.setValue(code);
        }
    }

    /** The cell without surrounding spaces, without one pair of surrounding quotes, without a leading apostrophe. */
    private static String strip(CharSequence text) {
        String value = ValueText.trim(text);
        if (value.length() >= 2
                && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            value = ValueText.trim(value.substring(1, value.length() - 1));
        } else if (value.startsWith("'")) {
            value = ValueText.trim(value.substring(1));
        }
        return value;
    }

    /** Missing spellings and textual placeholders: the stripped cell means "no date" whatever the format. */
    private static boolean isMissingText(String value) {
        return MISSING_SPELLINGS.contains(value.toLowerCase(Locale.ROOT))
                || PLACEHOLDER_TEXTS.contains(value)
                || isZeroPlaceholder(value);
    }

    /** Text made only of zeros and date separators, with at least one zero: {@code 0}, {@code 0000-00-00}. */
    private static boolean isZeroPlaceholder(CharSequence value) {
        boolean zero = false;
        for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            if (character == '0') {
                zero = true;
            } else if (!isZeroSeparator(character)) {
                return false;
            }
        }
        return zero;
    }

    private static boolean isZeroSeparator(int character) {
        return character == '-' || character == '/' || character == ':' || character == '.' || character == ' ';
    }

    private int parseStripped(String value) {
        int code = parseAs(kind, value);
        if (code != FAILED) {
            return code;
        }
        for (Kind other : TEXT_FORMATS) {
            if (other != kind) {
                code = parseAs(other, value);
                if (code != FAILED) {
                    return code;
                }
            }
        }
        return FAILED;
    }

    /** The epoch day, {@link #PLACEHOLDER} or {@link #FAILED} for {@code value} read in format {@code format}. */
    private int parseAs(Kind format, String value) {
        Cursor cursor = new Cursor(value);
        return switch (format) {
            case COMPACT -> parseCompact(cursor);
            case ISO_DATE -> parseIsoDate(cursor);
            case SQL_DATE_TIME -> parseSqlDateTime(cursor);
            case ISO_DATE_TIME -> parseIsoDateTime(cursor);
            case YEAR_FIRST_SLASH -> parseYearFirstSlash(cursor);
            case SLASH -> parseDayMonthYear(cursor, '/', false, false);
            case SLASH_SHORT_YEAR -> parseDayMonthYear(cursor, '/', true, false);
            case SLASH_DATE_TIME -> parseDayMonthYear(cursor, '/', false, true);
            case DASH -> parseDayMonthYear(cursor, '-', false, false);
            case DAY_MONTH_NAME -> parseDayMonthName(cursor, false);
            case DAY_MONTH_NAME_SHORT_YEAR -> parseDayMonthName(cursor, true);
            case MONTH_NAME_SHORT_YEAR -> parseMonthNameDay(cursor, true);
            case MONTH_NAME -> parseMonthNameDay(cursor, false);
            case EXCEL_SERIAL -> parseSerialText(cursor);
        };
    }

    private static int parseCompact(Cursor cursor) {
        int number = cursor.digits(8, 8);
        if (number < 0 || !cursor.atEnd()) {
            return FAILED;
        }
        return compactCode(number);
    }

    private static int parseIsoDate(Cursor cursor) {
        int day = isoDate(cursor);
        return cursor.atEnd() ? day : FAILED;
    }

    /** {@code YYYY-MM-DD HH:MM[:SS[.fff]]}, a space and no offset: the time is local and dropped. */
    private static int parseSqlDateTime(Cursor cursor) {
        int day = isoDate(cursor);
        if (day == FAILED || cursor.spaces() == 0 || time(cursor, false) < 0) {
            return FAILED;
        }
        return cursor.atEnd() ? day : FAILED;
    }

    /**
     * {@code YYYY-MM-DDTHH:MM[:SS[.fff]]} with an optional offset, or the same with a space before the time and a
     * required offset; an offset converts the instant to the store's time zone.
     */
    private int parseIsoDateTime(Cursor cursor) {
        int day = isoDate(cursor);
        if (day == FAILED) {
            return FAILED;
        }
        boolean separatorT = cursor.acceptIgnoringCase('T');
        if (!separatorT && cursor.spaces() == 0) {
            return FAILED;
        }
        int secondOfDay = time(cursor, false);
        if (secondOfDay < 0) {
            return FAILED;
        }
        cursor.spaces();
        if (cursor.atEnd()) {
            return separatorT ? day : FAILED;
        }
        int offsetSeconds = offset(cursor);
        if (offsetSeconds == FAILED || !cursor.atEnd()) {
            return FAILED;
        }
        if (day == PLACEHOLDER) {
            return PLACEHOLDER;
        }
        long instant = (long) day * SECONDS_PER_DAY + secondOfDay - offsetSeconds;
        int storeOffset = context.storeZone()
                .getRules()
                .getOffset(Instant.ofEpochSecond(instant))
                .getTotalSeconds();
        return Math.toIntExact(Math.floorDiv(instant + storeOffset, SECONDS_PER_DAY));
    }

    private static int parseYearFirstSlash(Cursor cursor) {
        int year = cursor.digits(4, 4);
        if (year < 0 || !cursor.accept('/')) {
            return FAILED;
        }
        int month = cursor.digits(1, 2);
        if (month < 0 || !cursor.accept('/')) {
            return FAILED;
        }
        int dayOfMonth = cursor.digits(1, 2);
        if (dayOfMonth < 0 || !cursor.atEnd()) {
            return FAILED;
        }
        return dateCode(year, month, dayOfMonth);
    }

    /** {@code A/B/YYYY}, {@code A/B/YY}, {@code A-B-YYYY}, {@code A/B/YYYY time}: A and B per the column's order. */
    private int parseDayMonthYear(Cursor cursor, char separator, boolean twoDigitYear, boolean withTime) {
        int first = cursor.digits(1, 2);
        if (first < 0 || !cursor.accept(separator)) {
            return FAILED;
        }
        int second = cursor.digits(1, 2);
        if (second < 0 || !cursor.accept(separator)) {
            return FAILED;
        }
        int year = twoDigitYear ? cursor.digits(2, 2) : cursor.digits(4, 4);
        if (year < 0) {
            return FAILED;
        }
        if (withTime && (cursor.spaces() == 0 || time(cursor, true) < 0)) {
            return FAILED;
        }
        if (!cursor.atEnd()) {
            return FAILED;
        }
        int month = dayFirst ? second : first;
        int dayOfMonth = dayFirst ? first : second;
        return twoDigitYear ? twoDigitYearCode(year, month, dayOfMonth) : dateCode(year, month, dayOfMonth);
    }

    /** {@code DD-Mon-YYYY} or {@code DD-Mon-YY}; full month names are accepted too. */
    private int parseDayMonthName(Cursor cursor, boolean twoDigitYear) {
        int dayOfMonth = cursor.digits(1, 2);
        if (dayOfMonth < 0 || !cursor.accept('-')) {
            return FAILED;
        }
        int month = cursor.monthName();
        if (month == 0 || !cursor.accept('-')) {
            return FAILED;
        }
        int year = twoDigitYear ? cursor.digits(2, 2) : cursor.digits(4, 4);
        if (year < 0 || !cursor.atEnd()) {
            return FAILED;
        }
        return twoDigitYear ? twoDigitYearCode(year, month, dayOfMonth) : dateCode(year, month, dayOfMonth);
    }

    /**
     * {@code Mon DD,YY} (the comma required, spaces around it optional) or {@code Mon DD, YYYY} / {@code Month DD,
     * YYYY} (the comma optional when a space separates day and year); a point after an abbreviation is allowed.
     */
    private int parseMonthNameDay(Cursor cursor, boolean twoDigitYear) {
        int month = cursor.monthName();
        if (month == 0) {
            return FAILED;
        }
        cursor.accept('.');
        if (cursor.spaces() == 0) {
            return FAILED;
        }
        int dayOfMonth = cursor.digits(1, 2);
        if (dayOfMonth < 0) {
            return FAILED;
        }
        int separated = cursor.spaces();
        boolean comma = cursor.accept(',');
        separated += cursor.spaces();
        boolean separatedEnough = twoDigitYear ? comma : comma || separated > 0;
        if (!separatedEnough) {
            return FAILED;
        }
        int year = twoDigitYear ? cursor.digits(2, 2) : cursor.digits(4, 4);
        if (year < 0 || !cursor.atEnd()) {
            return FAILED;
        }
        return twoDigitYear ? twoDigitYearCode(year, month, dayOfMonth) : dateCode(year, month, dayOfMonth);
    }

    /** A plain serial day number such as {@code 45839} or {@code 45839.5}, read in the 1900 system. */
    private static int parseSerialText(Cursor cursor) {
        String text = cursor.text;
        int index = 0;
        int digits = 0;
        while (index < text.length() && isDigit(text.charAt(index))) {
            index++;
            digits++;
        }
        if (index < text.length() && text.charAt(index) == '.') {
            index++;
            while (index < text.length() && isDigit(text.charAt(index))) {
                index++;
            }
        }
        if (digits == 0 || digits > 7 || index != text.length()) {
            return FAILED;
        }
        return serialCode(Double.parseDouble(text), false);
    }

    /** {@code YYYY-M[M]-D[D]} at the cursor: the epoch day, {@link #PLACEHOLDER} or {@link #FAILED}. */
    private static int isoDate(Cursor cursor) {
        int year = cursor.digits(4, 4);
        if (year < 0 || !cursor.accept('-')) {
            return FAILED;
        }
        int month = cursor.digits(1, 2);
        if (month < 0 || !cursor.accept('-')) {
            return FAILED;
        }
        int dayOfMonth = cursor.digits(1, 2);
        if (dayOfMonth < 0) {
            return FAILED;
        }
        return dateCode(year, month, dayOfMonth);
    }

    /**
     * {@code H[H]:MM[:SS[.fraction]]}, and with {@code twelveHour} an optional {@code AM}/{@code PM} (hours 1–12 then):
     * the second of the day, or -1.
     */
    private static int time(Cursor cursor, boolean twelveHour) {
        int hour = cursor.digits(1, 2);
        if (hour < 0 || !cursor.accept(':')) {
            return -1;
        }
        int minute = cursor.digits(2, 2);
        if (minute < 0 || minute > 59) {
            return -1;
        }
        int second = 0;
        if (cursor.accept(':')) {
            second = cursor.digits(2, 2);
            if (second < 0 || second > 60) {
                return -1;
            }
            if (cursor.accept('.') && cursor.digits(1, 9) < 0) {
                return -1;
            }
        }
        if (twelveHour) {
            int mark = cursor.position;
            cursor.spaces();
            boolean morning = cursor.acceptWord("am");
            boolean afternoon = !morning && cursor.acceptWord("pm");
            if (morning || afternoon) {
                if (hour < 1 || hour > 12) {
                    return -1;
                }
                hour = hour % 12 + (afternoon ? 12 : 0);
            } else {
                cursor.position = mark;
            }
        }
        if (hour > 23) {
            return -1;
        }
        return Math.min(hour * 3600 + minute * 60 + second, SECONDS_PER_DAY - 1);
    }

    /** {@code Z}, {@code ±HH}, {@code ±HHMM} or {@code ±HH:MM}: the offset in seconds, or {@link #FAILED}. */
    private static int offset(Cursor cursor) {
        if (cursor.acceptIgnoringCase('Z')) {
            return 0;
        }
        int sign;
        if (cursor.accept('+')) {
            sign = 1;
        } else if (cursor.accept('-')) {
            sign = -1;
        } else {
            return FAILED;
        }
        int hours = cursor.twoDigits();
        if (hours < 0 || hours > 18) {
            return FAILED;
        }
        int minutes = 0;
        boolean colon = cursor.accept(':');
        if (colon || !cursor.atEnd()) {
            minutes = cursor.twoDigits();
            if (minutes < 0 || minutes > 59) {
                return FAILED;
            }
        }
        return sign * (hours * 3600 + minutes * 60);
    }

    /** Samples decide the order of slash and dash dates; see {@link #infer}. */
    private static boolean inferDayFirst(List<String> values, boolean localeDayFirst) {
        boolean secondAboveTwelve = false;
        for (String value : values) {
            Cursor cursor = new Cursor(value);
            int first = cursor.digits(1, 2);
            if (first < 1 || first > 31 || cursor.atEnd()) {
                continue;
            }
            char separator = cursor.text.charAt(cursor.position);
            if ((separator != '/' && separator != '-') || !cursor.accept(separator)) {
                continue;
            }
            int second = cursor.digits(1, 2);
            if (second < 1 || second > 31 || !cursor.accept(separator)) {
                continue;
            }
            int yearStart = cursor.position;
            if (cursor.digits(2, 2) < 0) {
                cursor.position = yearStart;
                if (cursor.digits(4, 4) < 0) {
                    continue;
                }
            }
            if (first > 12) {
                return true;
            }
            secondAboveTwelve |= second > 12;
        }
        return !secondAboveTwelve && localeDayFirst;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Fast byte path

    /**
     * Decides ASCII cells that are blank, zero placeholders or valid {@code YYYYMMDD}, {@code YYYY-MM-DD} or
     * {@code A/B/YYYY} dates without allocating; everything else is {@link #UNDECIDED}. What it decides is what the text
     * path gives: those shapes are read by no other format.
     */
    private int parseFast(byte[] bytes, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && bytes[start] <= ' ') {
            start++;
        }
        while (end > start && bytes[end - 1] <= ' ') {
            end--;
        }
        if (start == end || zeroPlaceholder(bytes, start, end)) {
            return PLACEHOLDER;
        }
        int length = end - start;
        int code = UNDECIDED;
        int compactNumber = length == 8 ? digitsValue(bytes, start, end) : -1;
        if (compactNumber >= 0) {
            code = compactCode(compactNumber);
        } else if (length >= 8 && length <= 10 && bytes[start + 4] == '-') {
            int year = digitsValue(bytes, start, start + 4);
            int monthEnd = indexOf(bytes, start + 5, end, '-');
            if (year >= 0 && monthEnd > 0) {
                int month = shortNumber(bytes, start + 5, monthEnd);
                int dayOfMonth = shortNumber(bytes, monthEnd + 1, end);
                if (month >= 0 && dayOfMonth >= 0) {
                    code = dateCode(year, month, dayOfMonth);
                }
            }
        } else if (length >= 8 && length <= 10 && bytes[end - 5] == '/') {
            int year = digitsValue(bytes, end - 4, end);
            int firstEnd = indexOf(bytes, start, end - 5, '/');
            if (year >= 0 && firstEnd > 0) {
                int first = shortNumber(bytes, start, firstEnd);
                int second = shortNumber(bytes, firstEnd + 1, end - 5);
                if (first >= 0 && second >= 0) {
                    code = dayFirst ? dateCode(year, second, first) : dateCode(year, first, second);
                }
            }
        }
        return code == FAILED ? UNDECIDED : code;
    }

    private static boolean zeroPlaceholder(byte[] bytes, int start, int end) {
        boolean zero = false;
        for (int index = start; index < end; index++) {
            int character = bytes[index];
            if (character == '0') {
                zero = true;
            } else if (!isZeroSeparator(character)) {
                return false;
            }
        }
        return zero;
    }

    /** The value of {@code bytes[start, end)} when all are digits, else -1. */
    private static int digitsValue(byte[] bytes, int start, int end) {
        int value = 0;
        for (int index = start; index < end; index++) {
            int character = bytes[index];
            if (!isDigit(character)) {
                return -1;
            }
            value = value * 10 + (character - '0');
        }
        return value;
    }

    /** The value of one or two digits at {@code bytes[start, end)}, else -1. */
    private static int shortNumber(byte[] bytes, int start, int end) {
        int length = end - start;
        return length == 1 || length == 2 ? digitsValue(bytes, start, end) : -1;
    }

    private static int indexOf(byte[] bytes, int start, int end, char wanted) {
        for (int index = start; index < end; index++) {
            if (bytes[index] == wanted) {
                return index;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Calendar

    /** {@code YYYYMMDD} as a number: the placeholders, then the 19000101–21001231 range, then the calendar. */
    private static int compactCode(int number) {
        int year = number / 10_000;
        int month = number / 100 % 100;
        int dayOfMonth = number % 100;
        if (isPlaceholderDate(year, month, dayOfMonth)) {
            return PLACEHOLDER;
        }
        if (number < COMPACT_FIRST || number > COMPACT_LAST) {
            return FAILED;
        }
        return dateCode(year, month, dayOfMonth);
    }

    /** The epoch day of a written date, {@link #PLACEHOLDER} for 1900-01-01 and 1899-12-30, {@link #FAILED}. */
    private static int dateCode(int year, int month, int dayOfMonth) {
        if (!isValidDate(year, month, dayOfMonth)) {
            return FAILED;
        }
        if (isPlaceholderDate(year, month, dayOfMonth)) {
            return PLACEHOLDER;
        }
        return epochDay(year, month, dayOfMonth);
    }

    /** A two-digit year in the century that puts the date within [asOf − 80 years, asOf + 20 years]; the latest wins. */
    private int twoDigitYearCode(int twoDigitYear, int month, int dayOfMonth) {
        int firstYear = context.asOf().getYear() - 80;
        int century = Math.floorDiv(firstYear, 100) * 100;
        int code = FAILED;
        for (int candidate = century; candidate <= century + 200; candidate += 100) {
            int year = candidate + twoDigitYear;
            if (year >= 0 && year <= 9999 && isValidDate(year, month, dayOfMonth)) {
                int day = epochDay(year, month, dayOfMonth);
                if (day >= twoDigitYearFirstDay && day <= twoDigitYearLastDay) {
                    code = isPlaceholderDate(year, month, dayOfMonth) ? PLACEHOLDER : day;
                }
            }
        }
        return code;
    }

    /** Excel serial day numbers; see {@link #parseExcelSerial}. */
    private static int serialCode(double serial, boolean date1904) {
        if (!Double.isFinite(serial) || serial < 0) {
            return FAILED;
        }
        if (serial < 2) {
            return PLACEHOLDER;
        }
        if (serial >= LARGEST_SERIAL + 1) {
            return FAILED;
        }
        int whole = (int) Math.floor(serial);
        int day;
        if (date1904) {
            day = EXCEL_1904_DAY_ZERO + whole;
        } else if (whole < EXCEL_1900_BUG_START) {
            day = EXCEL_1900_DAY_ZERO + whole;
        } else if (whole == EXCEL_1900_BUG_START) {
            return FAILED;
        } else {
            day = EXCEL_1900_DAY_ZERO + whole - 1;
        }
        return day > LAST_DAY ? FAILED : day;
    }

    private static boolean isPlaceholderDate(int year, int month, int dayOfMonth) {
        return (year == 1900 && month == 1 && dayOfMonth == 1) || (year == 1899 && month == 12 && dayOfMonth == 30);
    }

    private static boolean isValidDate(int year, int month, int dayOfMonth) {
        return year >= 0
                && year <= 9999
                && month >= 1
                && month <= 12
                && dayOfMonth >= 1
                && dayOfMonth <= lengthOfMonth(year, month);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeapYear(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeapYear(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    /** Days from 1970-01-01 to a valid proleptic Gregorian date with a year in 0–9999. */
    static int epochDay(int year, int month, int dayOfMonth) {
        int shiftedYear = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(shiftedYear, 400);
        int yearOfEra = shiftedYear - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + dayOfMonth - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    private static boolean isDigit(int character) {
        return character >= '0' && character <= '9';
    }

    /** A read position in a stripped cell. */
    private static final class Cursor {
        private final String text;
        private int position;

        Cursor(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return position == text.length();
        }

        /**
         * Reads {@code minimum} to {@code maximum} digits: their value, or -1 (position unspecified) when there are
         * fewer or when a further digit follows.
         */
        int digits(int minimum, int maximum) {
            int start = position;
            int value = 0;
            while (position < text.length() && position - start < maximum && isDigit(text.charAt(position))) {
                value = value * 10 + (text.charAt(position) - '0');
                position++;
            }
            if (position - start < minimum || (position < text.length() && isDigit(text.charAt(position)))) {
                return -1;
            }
            return value;
        }

        /** Reads exactly two digits whatever follows: their value, or -1. */
        int twoDigits() {
            if (position + 2 > text.length()
                    || !isDigit(text.charAt(position))
                    || !isDigit(text.charAt(position + 1))) {
                return -1;
            }
            int value = (text.charAt(position) - '0') * 10 + (text.charAt(position + 1) - '0');
            position += 2;
            return value;
        }

        boolean accept(char expected) {
            if (position < text.length() && text.charAt(position) == expected) {
                position++;
                return true;
            }
            return false;
        }

        boolean acceptIgnoringCase(char expected) {
            return accept(expected) || accept(Character.toLowerCase(expected));
        }

        /** Accepts the lower-case {@code word} in any case when no letter follows it. */
        boolean acceptWord(String word) {
            int after = position + word.length();
            if (after > text.length() || !text.regionMatches(true, position, word, 0, word.length())) {
                return false;
            }
            if (after < text.length() && Character.isLetter(text.charAt(after))) {
                return false;
            }
            position = after;
            return true;
        }

        /** Skips spaces: how many. */
        int spaces() {
            int start = position;
            while (position < text.length() && ValueText.isSpace(text.charAt(position))) {
                position++;
            }
            return position - start;
        }

        /** Reads a run of letters naming a month: 1–12, or 0. */
        int monthName() {
            int start = position;
            while (position < text.length() && isAsciiLetter(text.charAt(position))) {
                position++;
            }
            Integer month = MONTHS.get(text.substring(start, position).toLowerCase(Locale.ROOT));
            return month == null ? 0 : month;
        }

        private static boolean isAsciiLetter(char character) {
            int lower = ValueText.lowerAscii(character);
            return lower >= 'a' && lower <= 'z';
        }
    }
}
