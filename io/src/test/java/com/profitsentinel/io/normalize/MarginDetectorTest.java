package com.profitsentinel.io.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.record.MarginInterpretation;
import com.profitsentinel.io.table.SampleRow;
import com.profitsentinel.io.value.NumberStyle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** engine.md §2.3.3 steps 2 and 3 on sample rows of (margin, cost, retail). */
class MarginDetectorTest {
    private static final NumberStyle[] STYLES = {NumberStyle.STANDARD, NumberStyle.STANDARD, NumberStyle.STANDARD};

    private static MarginInterpretation detect(boolean markupHeader, String... rows) {
        List<SampleRow> sample = new ArrayList<>();
        for (int index = 0; index < rows.length; index++) {
            sample.add(new SampleRow(index + 2, List.of(rows[index].split(",", -1)), false));
        }
        return MarginDetector.detect(sample, 0, markupHeader, 1, 2, STYLES);
    }

    @Test
    void readsTheSpecFixtureMarginsAsMarkupInFractions() {
        assertThat(detect(false, ".35,23.50,31.73", ".40,45.00,63.00", ".05,100.00,105.00", ".30,12.00,15.60"))
                .isEqualTo(new MarginInterpretation(false, true));
    }

    @Test
    void readsMarginsOnRetail() {
        assertThat(detect(false, "0.40,6,10", "0.25,7.5,10", "0.5,5,10"))
                .isEqualTo(new MarginInterpretation(false, false));
    }

    @Test
    void readsPercentUnitsFromAPercentSignOrALargeMedian() {
        assertThat(detect(false, "40%,6,10", "0.5,5,10").percentUnits()).isTrue();
        assertThat(detect(false, "40,6,10", "25,7.5,10", ",,").percentUnits()).isTrue();
        assertThat(detect(false, "1.2,6,10", "0.4,6,10", "0,6,10").percentUnits())
                .isFalse();
    }

    @Test
    void trustsAMarkupHeaderAndCallsATieMargin() {
        assertThat(detect(true, "0.40,6,10").markup()).isTrue();
        assertThat(detect(false, "0.40,,10", "x,6,10").markup()).isFalse();
    }
}
