package com.profitsentinel.io.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "00123|00123",
                "`  00123  `|00123",
                "'0012345|0012345",
                "=\"0012345\"|0012345",
                "\"0012345\"|0012345",
                "\"=\"\"0012345\"\"\"|0012345",
                "AbC-12x|AbC-12x",
                "` 'abc `|abc",
                "\" 12 34 \"|12 34",
                "=\"\"|``",
                "`   `|``",
                "\"|\""
            })
    void cleansIdentifierCells(String raw, String expected) {
        assertThat(Identifiers.clean(raw)).isEqualTo(expected);
    }

    @Test
    void unwrapsTheFormulaTextForm() {
        assertThat(Identifiers.clean("=\"0012345\"")).isEqualTo("0012345");
    }

    @Test
    void keepsTheCountFileSkuWithItsLeadingZeros() {
        assertThat(Identifiers.clean("00123")).isEqualTo("00123");
    }

    @Test
    void flagsTheDamagedUpcOfTheReadingFilesAcceptanceTable() {
        String upc = Identifiers.clean("1.23457E+11");

        assertThat(upc).isEqualTo("1.23457E+11");
        assertThat(Identifiers.looksScientific(upc)).isTrue();
    }

    @Test
    void keepsCaseAndLeadingZeros() {
        assertThat(Identifiers.clean(" 000aBc ")).isEqualTo("000aBc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.23457E+11", "1.2E11", "1E+12", "7.8912e+12", "4.5E5", "9.99999E+999"})
    void recognisesIdsDamagedByScientificNotation(String id) {
        assertThat(Identifiers.looksScientific(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123456789012",
                "12345678901",
                "E12-5",
                "1E4",
                "12E5",
                "0.5E7",
                "1.2E-11",
                "1.2E",
                "1.E11",
                "1.23457E+1111",
                "A1.2E11",
                "1.2E11X",
                "",
                "E",
                "1e5-2"
            })
    void leavesOtherIdsAlone(String id) {
        assertThat(Identifiers.looksScientific(id)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "` Store  1 `|Store 1",
                "Store\t\t1|Store 1",
                "`Main\u00a0 St   #4`|Main St #4",
                "Solo|Solo",
                "`  `|``"
            })
    void collapsesWhitespaceRunsForStoreIds(String text, String expected) {
        assertThat(Identifiers.collapseWhitespace(text)).isEqualTo(expected);
    }
}
