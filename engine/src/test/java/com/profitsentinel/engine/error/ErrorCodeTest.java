package com.profitsentinel.engine.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.finding.DataQualityCode;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {
    @Test
    void everyCodeHasAKind() {
        assertThat(ErrorCode.values())
                .allSatisfy(code -> assertThat(code.kind()).isNotNull());
    }

    @Test
    void exceptionCarriesCodeMessageAndImmutableDetails() {
        ProfitSentinelException exception = new ProfitSentinelException(
                ErrorCode.EMPTY_FILE, "The file \"a.csv\" is empty or has no data rows.", Map.of("file", "a.csv"));

        assertThat(exception.code()).isEqualTo(ErrorCode.EMPTY_FILE);
        assertThat(exception.code().kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(exception.getMessage()).isEqualTo("The file \"a.csv\" is empty or has no data rows.");
        assertThat(exception.details()).containsEntry("file", "a.csv");
        assertThat(new ProfitSentinelException(ErrorCode.INTERNAL_ERROR, "x", new IllegalStateException()).details())
                .isEmpty();
    }

    @Test
    void onlyRejectionCodesRejectRows() {
        assertThat(Arrays.stream(DataQualityCode.values()).filter(DataQualityCode::rejectsRow))
                .extracting(DataQualityCode::name)
                .allMatch(name -> name.startsWith("REJECTED_"));
    }

    @Test
    void fileLevelCodesAreNotRecordLevel() {
        assertThat(DataQualityCode.UNITS_SOLD_PERIOD_ASSUMED.scope())
                .isEqualTo(com.profitsentinel.engine.finding.DataQualityScope.FILE);
        assertThat(DataQualityCode.NEGATIVE_COST.level())
                .isEqualTo(com.profitsentinel.engine.finding.DataQualityLevel.ERROR);
        assertThat(DataQualityCode.ROW_SHORT.rejectsRow()).isFalse();
    }
}
