package com.profitsentinel.server.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import org.junit.jupiter.api.Test;

/** The override fields of {@code POST /api/v1/uploads/{id}/suggest-mapping} (columns.md §2). */
class MappingRoutesTest {
    @Test
    void delimiterOverridesAreCommaSemicolonPipeOrTab() {
        assertThat(MappingRoutes.delimiter(",")).isEqualTo(',');
        assertThat(MappingRoutes.delimiter(";")).isEqualTo(';');
        assertThat(MappingRoutes.delimiter("|")).isEqualTo('|');
        assertThat(MappingRoutes.delimiter("TAB")).isEqualTo('\t');
        assertThat(MappingRoutes.delimiter("\\t")).isEqualTo('\t');
    }

    @Test
    void anyOtherDelimiterIsAFieldError() {
        assertThatThrownBy(() -> MappingRoutes.delimiter(":"))
                .isInstanceOfSatisfying(ProfitSentinelException.class, error -> {
                    assertThat(error.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(error.details().get("errors").toString()).contains("field=delimiter");
                })
                .hasMessage("delimiter must be ',', ';', '|' or 'tab', not \":\".");
    }

    @Test
    void encodingOverridesAreTheEncodingsTheReaderKnows() {
        assertThat(MappingRoutes.encoding("windows-1252")).isEqualTo("windows-1252");
        assertThat(MappingRoutes.encoding("UTF-8")).isEqualTo("UTF-8");
        assertThatThrownBy(() -> MappingRoutes.encoding("EBCDIC"))
                .isInstanceOfSatisfying(ProfitSentinelException.class, error -> assertThat(error.code())
                        .isEqualTo(ErrorCode.VALIDATION_FAILED))
                .hasMessage("encoding must be UTF-8, Windows-1252, ISO-8859-1 or UTF-16, not \"EBCDIC\".");
    }
}
