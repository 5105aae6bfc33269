package com.profitsentinel.io.value;

import java.util.Locale;
import java.util.Set;

/**
 * Reads flag (boolean) cells (columns.md §5.3). True: {@code true}, {@code t}, {@code yes}, {@code y}, {@code 1},
 * {@code x}, {@code on}, {@code checked} and the flag's own name ({@code damaged} in a Damaged column). False:
 * {@code false}, {@code f}, {@code no}, {@code n}, {@code 0}, {@code off} and blank. Case and surrounding spaces are
 * ignored. Anything else is {@link Flag#UNPARSEABLE}, which the caller reads as false with the data-quality warning
 * {@code UNPARSEABLE_FLAG}. Inverted columns ({@code Inactive}, {@code Discontinued}, ...) are the caller's concern
 * (engine.md §2.2).
 */
public final class FlagParser {
    /** A flag cell's reading. */
    public enum Flag {
        /** A true spelling. */
        TRUE,
        /** A false spelling or blank. */
        FALSE,
        /** Neither: read as false with {@code UNPARSEABLE_FLAG}. */
        UNPARSEABLE;

        /** The flag's boolean meaning: true only for {@link #TRUE}. */
        public boolean isTrue() {
            return this == TRUE;
        }
    }

    private static final Set<String> TRUE_SPELLINGS = Set.of("true", "t", "yes", "y", "1", "x", "on", "checked");
    private static final Set<String> FALSE_SPELLINGS = Set.of("false", "f", "no", "n", "0", "off");

    private FlagParser() {}

    /**
     * Reads one flag cell (columns.md §5.3).
     *
     * @param text the cell as read
     * @param flagName the flag's name, such as {@code damaged} or {@code is_seasonal}; a cell holding that name (case,
     *     spaces, {@code _} and {@code -} ignored, an {@code is_} prefix optional) is true
     * @return the cell's reading; never null
     */
    public static Flag parse(String text, String flagName) {
        String value = ValueText.trim(text).toLowerCase(Locale.ROOT);
        if (value.isEmpty() || FALSE_SPELLINGS.contains(value)) {
            return Flag.FALSE;
        }
        if (TRUE_SPELLINGS.contains(value)) {
            return Flag.TRUE;
        }
        String cell = lettersAndDigits(value);
        String name = lettersAndDigits(flagName);
        String lowerName = ValueText.trim(flagName).toLowerCase(Locale.ROOT);
        boolean prefixed = lowerName.startsWith("is_") || lowerName.startsWith("is-") || lowerName.startsWith("is ");
        String bareName = prefixed ? lettersAndDigits(lowerName.substring(3)) : name;
        boolean ownName = !cell.isEmpty() && (cell.equals(name) || cell.equals(bareName));
        return ownName ? Flag.TRUE : Flag.UNPARSEABLE;
    }

    /** {@code text} in lower case with everything but letters and digits removed. */
    private static String lettersAndDigits(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (Character.isLetterOrDigit(character)) {
                kept.append(Character.toLowerCase(character));
            }
        }
        return kept.toString();
    }
}
