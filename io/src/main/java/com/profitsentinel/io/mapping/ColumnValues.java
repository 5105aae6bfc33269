package com.profitsentinel.io.mapping;

import com.profitsentinel.io.value.DateColumnFormat;
import com.profitsentinel.io.value.DateContext;
import com.profitsentinel.io.value.DateResult;
import com.profitsentinel.io.value.FlagParser;
import com.profitsentinel.io.value.NumberParser;
import com.profitsentinel.io.value.NumberResult;
import com.profitsentinel.io.value.NumberStyle;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a column's sample values look like (columns.md §6.3 value sniffing): shares of numbers, integers, dates, flags,
 * UPCs and money-like values, negatives, distinct values. Built from up to 200 non-blank sample values; each statistic
 * is computed the first time it is asked for, because most columns only ever need one or two of them.
 */
final class ColumnValues {
    private static final Pattern MONEY_MARK = Pattern.compile("^[(-]?\\s*(US)?[$€£].*|.*\\d\\.\\d\\d\\)?$");
    private static final Pattern DIGITS = Pattern.compile("\\d{12,14}");
    private static final Pattern SHORT_CODE = Pattern.compile("\\S{3,30}");

    private final List<String> present;
    private final DateContext dates;
    private final int count;

    private boolean numbersKnown;
    private double numberShare;
    private double integerShare;
    private double moneyShare;
    private boolean negative;
    private double dateShare = -1;
    private double flagShare = -1;
    private double barcodeShare = -1;
    private double shortCodeShare = -1;
    private int distinct = -1;

    private ColumnValues(List<String> values, DateContext dates) {
        this.present =
                values.stream().filter(value -> !value.isBlank()).limit(200).toList();
        this.dates = dates;
        this.count = present.size();
    }

    static ColumnValues of(List<String> values, DateContext dates) {
        return new ColumnValues(values, dates);
    }

    private double share(int matching) {
        return count == 0 ? 0 : matching / (double) count;
    }

    /** Number of non-blank sample values. */
    int count() {
        return count;
    }

    int distinct() {
        if (distinct < 0) {
            distinct = new HashSet<>(present).size();
        }
        return distinct;
    }

    boolean hasNegative() {
        numbers();
        return negative;
    }

    double integerShare() {
        numbers();
        return integerShare;
    }

    double moneyShare() {
        numbers();
        return moneyShare;
    }

    private void numbers() {
        if (numbersKnown) {
            return;
        }
        NumberStyle style = NumberParser.inferStyle(present, ',');
        NumberResult number = new NumberResult();
        int numbers = 0;
        int integers = 0;
        int money = 0;
        for (String value : present) {
            NumberParser.parse(value, style, number);
            if (number.status() == NumberResult.Status.VALUE) {
                numbers++;
                if (number.value() == Math.rint(number.value()) && value.indexOf('.') < 0) {
                    integers++;
                }
                negative |= number.value() < 0;
                if (MONEY_MARK.matcher(value).matches()) {
                    money++;
                }
            }
        }
        numberShare = share(numbers);
        integerShare = share(integers);
        moneyShare = share(money);
        numbersKnown = true;
    }

    /** The share of values that parse as dates. */
    double dateShare() {
        if (dateShare < 0) {
            DateColumnFormat format = DateColumnFormat.infer(present, dates);
            DateResult date = new DateResult();
            int matching = 0;
            for (String value : present) {
                format.parse(value, date);
                if (date.status() != DateResult.Status.UNPARSEABLE && !value.equals("0")) {
                    matching++;
                }
            }
            dateShare = share(matching);
        }
        return dateShare;
    }

    private double flagShare() {
        if (flagShare < 0) {
            int flags = 0;
            for (String value : present) {
                if (FlagParser.parse(value, "") != FlagParser.Flag.UNPARSEABLE) {
                    flags++;
                }
            }
            flagShare = share(flags);
        }
        return flagShare;
    }

    double barcodeShare() {
        if (barcodeShare < 0) {
            int barcodes = 0;
            for (String value : present) {
                if (DIGITS.matcher(value).matches() && validCheckDigit(value)) {
                    barcodes++;
                }
            }
            barcodeShare = share(barcodes);
        }
        return barcodeShare;
    }

    double shortCodeShare() {
        if (shortCodeShare < 0) {
            int shortCodes = 0;
            for (String value : present) {
                if (SHORT_CODE.matcher(value).matches()) {
                    shortCodes++;
                }
            }
            shortCodeShare = count == 0 ? 0 : Math.min(shortCodes, distinct()) / (double) count;
        }
        return shortCodeShare;
    }

    /** Average number of sample rows per distinct value. */
    double rowsPerValue() {
        return distinct() == 0 ? 0 : count / (double) distinct();
    }

    /**
     * The share of values that parse as the type (quantity, money and percent: numbers; dates; flags); 1 for
     * identifiers, text and codes, and when there are no values to judge by.
     */
    double compatibleShare(ValueType type) {
        if (count == 0) {
            return 1.0;
        }
        return switch (type) {
            case QUANTITY, MONEY, PERCENT -> {
                numbers();
                yield numberShare;
            }
            case DATE -> dateShare();
            case FLAG -> flagShare();
            case ID, TEXT, CODE -> 1.0;
        };
    }

    /** UPC-A (12), EAN-13 (13) or GTIN-14 (14) check digit. */
    static boolean validCheckDigit(String digits) {
        int sum = 0;
        int length = digits.length();
        for (int index = 0; index < length - 1; index++) {
            int digit = digits.charAt(length - 2 - index) - '0';
            sum += index % 2 == 0 ? digit * 3 : digit;
        }
        int check = (10 - sum % 10) % 10;
        return check == digits.charAt(length - 1) - '0';
    }
}
