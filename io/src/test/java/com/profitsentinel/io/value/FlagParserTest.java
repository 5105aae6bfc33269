package com.profitsentinel.io.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.io.value.FlagParser.Flag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FlagParserTest {
    @ParameterizedTest
    @ValueSource(strings = {"true", "t", "yes", "y", "1", "x", "on", "checked"})
    void readsTheTrueSpellingsAsTrue(String text) {
        assertThat(FlagParser.parse(text, "damaged")).isEqualTo(Flag.TRUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "f", "no", "n", "0", "off", "", "   "})
    void readsTheFalseSpellingsAndBlankAsFalse(String text) {
        assertThat(FlagParser.parse(text, "damaged")).isEqualTo(Flag.FALSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRUE", "Yes", " Y ", "X", "ON", "Checked", "\u00a0t\u00a0"})
    void ignoresCaseAndSurroundingSpaces(String text) {
        assertThat(FlagParser.parse(text, "seasonal")).isEqualTo(Flag.TRUE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "damaged|damaged",
                "seasonal|seasonal",
                "Damaged|damaged",
                "SEASONAL|seasonal",
                "Seasonal|is_seasonal",
                "Non-Inventory|non_inventory",
                "non inventory|Non-Inventory"
            })
    void readsTheFlagsOwnNameAsTrue(String text, String flagName) {
        assertThat(FlagParser.parse(text, flagName)).isEqualTo(Flag.TRUE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "damaged|seasonal",
                "maybe|damaged",
                "2|damaged",
                "-1|damaged",
                "yes please|damaged",
                "olated|isolated"
            })
    void readsAnythingElseAsUnparseable(String text, String flagName) {
        Flag flag = FlagParser.parse(text, flagName);

        assertThat(flag).isEqualTo(Flag.UNPARSEABLE);
        assertThat(flag.isTrue()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"TRUE|true", "FALSE|false", "UNPARSEABLE|false"})
    void givesTheBooleanMeaningOfEachReading(Flag flag, boolean expected) {
        assertThat(flag.isTrue()).isEqualTo(expected);
    }
}
