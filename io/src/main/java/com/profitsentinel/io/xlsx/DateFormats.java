package com.profitsentinel.io.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Decides whether a number format shows a date, with the rules Excel and POI use (built-in date formats 14–22 and
 * 45–47, or a format string with day, month, year or time parts outside quotes and brackets), remembering the answer
 * per format index of one workbook. Both workbook readers use it, so XLSX and XLS agree on what a date cell is
 * (columns.md §2.3, §2.4).
 */
final class DateFormats {
    private final Map<Integer, Boolean> answers = new HashMap<>();

    /**
     * @param formatIndex the workbook's number-format index of the cell
     * @param formatString the format's code, or empty when the workbook does not spell it out (built-in formats)
     */
    boolean isDate(int formatIndex, String formatString) {
        Boolean known = answers.get(formatIndex);
        if (known != null) {
            return known;
        }
        String code = formatString.isEmpty() ? builtinCode(formatIndex) : formatString;
        boolean date = DateUtil.isADateFormat(formatIndex, code);
        answers.put(formatIndex, date);
        return date;
    }

    private static String builtinCode(int formatIndex) {
        String code = BuiltinFormats.getBuiltinFormat(formatIndex);
        return code == null ? "" : code;
    }
}
