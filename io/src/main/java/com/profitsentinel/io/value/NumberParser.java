package com.profitsentinel.io.value;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads numeric cells as real exports write them (columns.md §5.1): currency symbols and codes, thousands separators,
 * accounting parentheses, trailing minus, percent signs, exponents, decimal commas, and the spellings that mean "no
 * value" or "not finite".
 *
 * <p>Grammar, after trimming: a missing spelling ({@code -}, {@code --}, {@code .}, {@code N/A}, {@code NA},
 * {@code null}, {@code None}, any case) or a non-finite spelling ({@code NaN}, {@code inf}, {@code Infinity} with an
 * optional sign, and the spreadsheet errors {@code #N/A}, {@code #DIV/0!}, {@code #VALUE!}, {@code #REF!},
 * {@code #NUM!}, {@code #NAME?}, {@code #NULL!}); otherwise prefixes (at most one sign or opening parenthesis, at most
 * one currency symbol or code: {@code $ € £ ¥ US$ USD C$ CA$ CAD EUR GBP}), the digits, and suffixes (the closing
 * parenthesis, {@code %}, a trailing minus, or the currency when it was not a prefix), with spaces allowed between the
 * parts. The digits are an integer part whose thousands separators ({@code ,} or {@code .} opposite to the decimal
 * mark, space, apostrophe, and {@code ?} in Epicor Eagle DAFL files) each sit between digits and are followed by
 * exactly three digits, an optional decimal mark and fraction, and an optional exponent ({@code e3}, {@code E+03}).
 * Anything else is {@link NumberResult.Status#UNPARSEABLE}. A negative zero is read as zero.
 *
 * <p>The byte version is the hot path of the CSV reader and allocates nothing for ASCII input of ordinary size: digits
 * are gathered into a {@code long} mantissa and scaled by an exact power of ten (Clinger's fast path, exact and
 * correctly rounded while the mantissa is below 2<sup>53</sup> and the power at most 22); longer numbers fall back to
 * {@link Double#parseDouble} on the cleaned digits. Input with non-ASCII bytes ({@code €}, {@code £}, no-break spaces)
 * is decoded with the file's charset and read by the {@link CharSequence} version, so both versions give the same
 * result for the same text.
 */
public final class NumberParser {
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };
    private static final int MAX_EXACT_POWER = 22;
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    private static final int MAX_MANTISSA_DIGITS = 18;
    private static final int EXPONENT_CAP = 100_000;

    /** The byte that stands for a non-ASCII character the grammar does not know; it matches nothing. */
    private static final byte UNKNOWN_CHARACTER = (byte) 0x80;

    private static final byte[][] MISSING_SPELLINGS = ascii("-", "--", ".", "n/a", "na", "null", "none");
    private static final byte[][] SPREADSHEET_ERRORS =
            ascii("#n/a", "#div/0!", "#value!", "#ref!", "#num!", "#name?", "#null!");
    private static final byte[][] NON_FINITE_WORDS = ascii("nan", "inf", "infinity");
    private static final byte[][] CURRENCY_CODES = ascii("us$", "usd", "ca$", "c$", "cad", "eur", "gbp");

    private static final Pattern DECIMAL_COMMA_VALUE = Pattern.compile("^-?\\d{1,3}(\\.\\d{3})*(,\\d+)?$");
    private static final Pattern DECIMAL_POINT_EVIDENCE = Pattern.compile("\\d,\\d{3}\\.\\d");
    private static final Pattern SEMICOLON_DECIMAL_COMMA_VALUE = Pattern.compile("^-?\\d+,\\d+$");
    private static final Pattern PLAIN_INTEGER = Pattern.compile("^-?\\d+$");
    private static final Pattern COMMA_NOT_FOLLOWED_BY_THREE_DIGITS = Pattern.compile(",(\\d{1,2}|\\d{4,})$");

    private NumberParser() {}

    /**
     * Parses one numeric cell given as text (columns.md §5.1) into {@code out}.
     *
     * @param text the cell as read; surrounding spaces are ignored
     * @param style the column's decimal mark and thousands separators
     * @param out receives the status, the value and the percent flag
     */
    public static void parse(CharSequence text, NumberStyle style, NumberResult out) {
        int length = text.length();
        byte[] ascii = new byte[length];
        for (int index = 0; index < length; index++) {
            ascii[index] = asciiEquivalent(text.charAt(index));
        }
        parseAscii(ascii, 0, length, style, out);
    }

    /**
     * Parses one numeric cell straight from a file's bytes (columns.md §5.1) into {@code out}; gives exactly the result
     * of {@link #parse(CharSequence, NumberStyle, NumberResult)} on the decoded text. Allocation-free for ASCII cells
     * such as {@code 123}, {@code -3}, {@code 1234.50}, {@code $1,234.56}, {@code (15.00)} and {@code 12%}.
     *
     * @param bytes the buffer holding the cell
     * @param from index of the cell's first byte
     * @param to index one past the cell's last byte
     * @param charset the file's encoding, used when the cell holds non-ASCII bytes
     * @param style the column's decimal mark and thousands separators
     * @param out receives the status, the value and the percent flag
     */
    public static void parse(byte[] bytes, int from, int to, Charset charset, NumberStyle style, NumberResult out) {
        Objects.checkFromToIndex(from, to, bytes.length);
        boolean asciiCompatible = ValueText.asciiCompatible(charset);
        if (asciiCompatible && plainDecimal(bytes, from, to, style, out)) {
            return;
        }
        if (asciiCompatible && ValueText.allAscii(bytes, from, to)) {
            parseAscii(bytes, from, to, style, out);
        } else {
            parse(new String(bytes, from, to - from, charset), style, out);
        }
    }

    /**
     * Decides whether a column writes a decimal comma (columns.md §5.1). The column uses a decimal comma when
     *
     * <ul>
     *   <li>at least 80 % of its non-blank samples match {@code ^-?\d{1,3}(\.\d{3})*(,\d+)?$}, none matches
     *       {@code \d,\d{3}\.\d}, and at least one sample shows it unambiguously (a comma followed by other than three
     *       digits as in {@code 1,5}, or both marks as in {@code 1.234,56}, or two points as in {@code 1.234.567}); or
     *   <li>the file's delimiter is {@code ;}, none matches {@code \d,\d{3}\.\d}, at least one sample matches
     *       {@code ^-?\d+,\d+$}, and at least 80 % of the non-blank samples match one of the two patterns or are plain
     *       integers.
     * </ul>
     *
     * Values are compared by their digits: currency, spaces, signs, percent signs and parentheses around the digits
     * are ignored. Without unambiguous evidence ({@code 1,234} or {@code 1.234} alone) the column keeps the decimal
     * point, the US default.
     *
     * @param sampleValues the column's sample cells; blank ones are ignored
     * @param delimiter the file's field delimiter
     * @return {@link NumberStyle#DECIMAL_COMMA} or {@link NumberStyle#STANDARD}
     */
    public static NumberStyle inferStyle(List<String> sampleValues, char delimiter) {
        int nonBlank = 0;
        int commaShaped = 0;
        int semicolonShaped = 0;
        boolean unambiguousComma = false;
        boolean semicolonComma = false;
        for (String sample : sampleValues) {
            String trimmed = ValueText.trim(sample);
            if (trimmed.isEmpty()) {
                continue;
            }
            nonBlank++;
            String digits = digitSpan(trimmed);
            if (DECIMAL_POINT_EVIDENCE.matcher(digits).find()) {
                return NumberStyle.STANDARD;
            }
            boolean commaValue = DECIMAL_COMMA_VALUE.matcher(digits).matches();
            boolean semicolonValue =
                    SEMICOLON_DECIMAL_COMMA_VALUE.matcher(digits).matches();
            if (commaValue) {
                commaShaped++;
                unambiguousComma |=
                        COMMA_NOT_FOLLOWED_BY_THREE_DIGITS.matcher(digits).find()
                                || (digits.indexOf('.') >= 0 && digits.indexOf(',') >= 0)
                                || digits.indexOf('.') != digits.lastIndexOf('.');
            }
            if (commaValue || semicolonValue || PLAIN_INTEGER.matcher(digits).matches()) {
                semicolonShaped++;
            }
            semicolonComma |= semicolonValue;
        }
        if (nonBlank == 0) {
            return NumberStyle.STANDARD;
        }
        boolean byShape = unambiguousComma && atLeastEightyPercent(commaShaped, nonBlank);
        boolean bySemicolon = delimiter == ';' && semicolonComma && atLeastEightyPercent(semicolonShaped, nonBlank);
        return byShape || bySemicolon ? NumberStyle.DECIMAL_COMMA : NumberStyle.STANDARD;
    }

    private static boolean atLeastEightyPercent(int count, int total) {
        return (long) count * 5 >= (long) total * 4;
    }

    /** The part of {@code value} from its first to its last digit; empty when it has no digit. */
    private static String digitSpan(String value) {
        int first = 0;
        while (first < value.length() && !isDigit(value.charAt(first))) {
            first++;
        }
        int last = value.length();
        while (last > first && !isDigit(value.charAt(last - 1))) {
            last--;
        }
        return value.substring(first, last);
    }

    private static boolean isDigit(int character) {
        return character >= '0' && character <= '9';
    }

    private static byte asciiEquivalent(char character) {
        if (character < 0x80) {
            return (byte) character;
        }
        return switch (character) {
            case 0x20AC, 0x00A3, 0x00A5 -> '$'; // euro, pound and yen signs
            case 0x2212 -> '-'; // minus sign
            case 0x2019 -> '\''; // right single quotation mark, the Swiss thousands separator
            default -> ValueText.isSpace(character) ? (byte) ' ' : UNKNOWN_CHARACTER;
        };
    }

    /**
     * The common cell in one pass: an optional minus, at most 15 digits and an optional decimal mark followed by at
     * least one digit, nothing else. Returns false, leaving {@code out} alone, for anything else, which the full
     * grammar then reads; both give the same value for the cells this accepts (the property tests hold them to it).
     */
    private static boolean plainDecimal(byte[] bytes, int from, int to, NumberStyle style, NumberResult out) {
        int index = from;
        boolean negative = index < to && bytes[index] == '-';
        if (negative) {
            index++;
        }
        byte decimalMark = style.decimalComma() ? (byte) ',' : (byte) '.';
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = -1;
        for (; index < to; index++) {
            byte character = bytes[index];
            if (character >= '0' && character <= '9') {
                mantissa = mantissa * 10 + (character - '0');
                digits++;
                if (fractionDigits >= 0) {
                    fractionDigits++;
                }
            } else if (character == decimalMark && fractionDigits < 0) {
                fractionDigits = 0;
            } else {
                return false;
            }
        }
        if (digits == 0 || digits > 15 || fractionDigits == 0) {
            return false;
        }
        double magnitude = fractionDigits > 0 ? mantissa / POWERS_OF_TEN[fractionDigits] : (double) mantissa;
        out.setValue((negative ? -magnitude : magnitude) + 0.0, false);
        return true;
    }

    /** The grammar, on bytes that are ASCII except for {@link #UNKNOWN_CHARACTER}. */
    private static void parseAscii(byte[] bytes, int from, int to, NumberStyle style, NumberResult out) {
        int start = from;
        int end = to;
        while (start < end && isSpace(bytes[start])) {
            start++;
        }
        while (end > start && isSpace(bytes[end - 1])) {
            end--;
        }
        if (start == end) {
            out.setMissing();
            return;
        }
        if (!isDigit(bytes[start])) {
            if (matchesAny(bytes, start, end, MISSING_SPELLINGS)) {
                out.setMissing();
                return;
            }
            if (isNonFiniteSpelling(bytes, start, end)) {
                out.setNonFinite();
                return;
            }
        }
        int decimalMark = style.decimalComma() ? ',' : '.';

        // Prefixes: one sign or opening parenthesis, one currency.
        int index = start;
        boolean signed = false;
        boolean negative = false;
        boolean parenthesis = false;
        boolean currency = false;
        while (index < end) {
            int character = bytes[index];
            if (isDigit(character) || character == decimalMark) {
                break;
            }
            if (isSpace(character)) {
                index++;
            } else if (character == '(' || character == '-' || character == '+') {
                if (signed) {
                    out.setUnparseable();
                    return;
                }
                signed = true;
                negative = character != '+';
                parenthesis = character == '(';
                index++;
            } else {
                int currencyLength = currencyLength(bytes, index, end);
                if (currencyLength == 0 || currency) {
                    out.setUnparseable();
                    return;
                }
                currency = true;
                index += currencyLength;
            }
        }

        // Integer part with thousands separators.
        long mantissa = 0;
        int mantissaDigits = 0;
        boolean mantissaOverflow = false;
        int digitCount = 0;
        int integerStart = index;
        int groupSeparator = 0;
        while (index < end) {
            int character = bytes[index];
            if (isDigit(character)) {
                int digit = character - '0';
                if (mantissaDigits > 0 || digit != 0) {
                    if (mantissaDigits < MAX_MANTISSA_DIGITS) {
                        mantissa = mantissa * 10 + digit;
                        mantissaDigits++;
                    } else {
                        mantissaOverflow = true;
                    }
                }
                digitCount++;
                index++;
            } else if (digitCount > 0
                    && isGroupSeparator(character, style)
                    && (groupSeparator == 0 || groupSeparator == character)
                    && (groupSeparator != 0 || digitCount <= 3)
                    && threeDigitsFollow(bytes, index + 1, end)) {
                groupSeparator = character;
                index++;
            } else {
                break;
            }
        }
        int integerEnd = index;

        // Fraction.
        int fractionStart = index;
        int fractionEnd = index;
        if (index < end && bytes[index] == decimalMark) {
            index++;
            fractionStart = index;
            while (index < end && isDigit(bytes[index])) {
                int digit = bytes[index] - '0';
                if (mantissaDigits > 0 || digit != 0) {
                    if (mantissaDigits < MAX_MANTISSA_DIGITS) {
                        mantissa = mantissa * 10 + digit;
                        mantissaDigits++;
                    } else {
                        mantissaOverflow = true;
                    }
                }
                digitCount++;
                index++;
            }
            fractionEnd = index;
        }
        if (digitCount == 0) {
            out.setUnparseable();
            return;
        }
        int fractionDigits = fractionEnd - fractionStart;

        // Exponent.
        int exponent = 0;
        int exponentStart = index;
        int exponentEnd = index;
        if (index + 1 < end && (bytes[index] == 'e' || bytes[index] == 'E')) {
            int digitsAt = index + 1;
            if (bytes[digitsAt] == '+' || bytes[digitsAt] == '-') {
                digitsAt++;
            }
            if (digitsAt < end && isDigit(bytes[digitsAt])) {
                exponentStart = index + 1;
                index = digitsAt;
                int magnitude = 0;
                while (index < end && isDigit(bytes[index])) {
                    magnitude = Math.min(EXPONENT_CAP, magnitude * 10 + (bytes[index] - '0'));
                    index++;
                }
                exponentEnd = index;
                exponent = bytes[exponentStart] == '-' ? -magnitude : magnitude;
            }
        }

        // Suffixes: closing parenthesis, percent, trailing minus, currency.
        boolean closed = false;
        boolean percent = false;
        while (index < end) {
            int character = bytes[index];
            if (isSpace(character)) {
                index++;
            } else if (character == ')' && parenthesis && !closed) {
                closed = true;
                index++;
            } else if (character == '%' && !percent) {
                percent = true;
                index++;
            } else if (character == '-' && !signed) {
                signed = true;
                negative = true;
                index++;
            } else {
                int currencyLength = currency ? 0 : currencyLength(bytes, index, end);
                if (currencyLength == 0) {
                    out.setUnparseable();
                    return;
                }
                currency = true;
                index += currencyLength;
            }
        }
        if (parenthesis != closed) {
            out.setUnparseable();
            return;
        }

        double magnitude;
        int scale = exponent - fractionDigits;
        if (mantissa == 0 && !mantissaOverflow) {
            magnitude = 0.0;
        } else if (!mantissaOverflow
                && mantissa < MAX_EXACT_MANTISSA
                && scale >= -MAX_EXACT_POWER
                && scale <= MAX_EXACT_POWER) {
            magnitude = scale >= 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
        } else {
            magnitude = Double.parseDouble(cleanedDigits(
                    bytes, integerStart, integerEnd, fractionStart, fractionEnd, exponentStart, exponentEnd));
        }
        if (Double.isInfinite(magnitude)) {
            out.setNonFinite();
            return;
        }
        double value = negative ? -magnitude : magnitude;
        out.setValue(value == 0.0 ? 0.0 : value, percent);
    }

    /** The number in {@link Double#parseDouble} syntax: the digits without separators, the fraction, the exponent. */
    private static String cleanedDigits(
            byte[] bytes,
            int integerStart,
            int integerEnd,
            int fractionStart,
            int fractionEnd,
            int exponentStart,
            int exponentEnd) {
        StringBuilder cleaned = new StringBuilder(exponentEnd - integerStart + 2);
        for (int index = integerStart; index < integerEnd; index++) {
            if (isDigit(bytes[index])) {
                cleaned.append((char) bytes[index]);
            }
        }
        if (fractionEnd > fractionStart) {
            cleaned.append('.');
            for (int index = fractionStart; index < fractionEnd; index++) {
                cleaned.append((char) bytes[index]);
            }
        }
        if (exponentEnd > exponentStart) {
            cleaned.append('e');
            for (int index = exponentStart; index < exponentEnd; index++) {
                cleaned.append((char) bytes[index]);
            }
        }
        return cleaned.toString();
    }

    private static boolean isSpace(int character) {
        return character >= 0 && character <= ' ';
    }

    private static boolean isGroupSeparator(int character, NumberStyle style) {
        return switch (character) {
            case ' ', '\'' -> true;
            case ',' -> !style.decimalComma();
            case '.' -> style.decimalComma();
            case '?' -> style.questionMarkThousands();
            default -> false;
        };
    }

    /** True when {@code bytes[at, at + 3)} are digits and the byte after them, if any, is not. */
    private static boolean threeDigitsFollow(byte[] bytes, int at, int end) {
        return at + 3 <= end
                && isDigit(bytes[at])
                && isDigit(bytes[at + 1])
                && isDigit(bytes[at + 2])
                && (at + 3 == end || !isDigit(bytes[at + 3]));
    }

    private static int currencyLength(byte[] bytes, int index, int end) {
        if (bytes[index] == '$') {
            return 1;
        }
        if (!isLetter(bytes[index])) {
            return 0;
        }
        for (byte[] code : CURRENCY_CODES) {
            int after = index + code.length;
            if (after <= end && regionMatches(bytes, index, code) && (after == end || !isLetter(bytes[after]))) {
                return code.length;
            }
        }
        return 0;
    }

    private static boolean isLetter(int character) {
        int lower = ValueText.lowerAscii(character);
        return lower >= 'a' && lower <= 'z';
    }

    private static boolean isNonFiniteSpelling(byte[] bytes, int start, int end) {
        if (bytes[start] == '#') {
            return matchesAny(bytes, start, end, SPREADSHEET_ERRORS);
        }
        int wordStart = bytes[start] == '+' || bytes[start] == '-' ? start + 1 : start;
        return matchesAny(bytes, wordStart, end, NON_FINITE_WORDS);
    }

    private static boolean matchesAny(byte[] bytes, int start, int end, byte[][] spellings) {
        for (byte[] spelling : spellings) {
            if (spelling.length == end - start && regionMatches(bytes, start, spelling)) {
                return true;
            }
        }
        return false;
    }

    /** Case-insensitive comparison of {@code bytes} at {@code start} with the lower-case {@code word}. */
    private static boolean regionMatches(byte[] bytes, int start, byte[] word) {
        for (int offset = 0; offset < word.length; offset++) {
            if (ValueText.lowerAscii(bytes[start + offset]) != word[offset]) {
                return false;
            }
        }
        return true;
    }

    private static byte[][] ascii(String... words) {
        byte[][] result = new byte[words.length][];
        for (int index = 0; index < words.length; index++) {
            result[index] = words[index].getBytes(StandardCharsets.US_ASCII);
        }
        return result;
    }
}
