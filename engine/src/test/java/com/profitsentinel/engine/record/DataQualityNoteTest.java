package com.profitsentinel.engine.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.finding.DataQualityCode;
import org.junit.jupiter.api.Test;

class DataQualityNoteTest {
    @Test
    void cutsLongValuesToOneHundredCharacters() {
        DataQualityNote note = new DataQualityNote(
                DataQualityCode.UNPARSEABLE_NUMBER, "a.csv", 7, "Cost", "x".repeat(150), "1", "A", "message");

        assertThat(note.value()).hasSize(100);
    }

    @Test
    void keepsShortValues() {
        DataQualityNote note =
                new DataQualityNote(DataQualityCode.UNPARSEABLE_NUMBER, "a.csv", 7, "Cost", "abc", "1", "A", "m");

        assertThat(note.value()).isEqualTo("abc");
        assertThat(note.sourceRow()).isEqualTo(7);
    }
}
