package com.profitsentinel.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerialDatesTest {
    @ParameterizedTest
    @CsvSource({
        "1, 1900-01-01",
        "59, 1900-02-28",
        "61, 1900-03-01",
        "45823, 2025-06-15",
        "45823.75, 2025-06-15",
        "45823.999999999, 2025-06-16",
        "2958465, 9999-12-31",
    })
    void convertsSerialsOfThe1900DateSystem(double serial, LocalDate expected) {
        assertThat(SerialDates.toDate(serial, false)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 1904-01-01", "44361, 2025-06-15", "1462, 1908-01-02"})
    void convertsSerialsOfThe1904DateSystem(double serial, LocalDate expected) {
        assertThat(SerialDates.toDate(serial, true)).contains(expected);
    }

    @Test
    void hasNoDateForSerialsOutsideTheCalendar() {
        assertThat(SerialDates.toDate(-1, false)).isEmpty();
        assertThat(SerialDates.toDate(2958466, false)).isEmpty();
        assertThat(SerialDates.toDate(2957004, true)).isEmpty();
        assertThat(SerialDates.toDate(Double.NaN, false)).isEmpty();
    }

    @Test
    void readsTheSameDayInBothSystemsFourYearsAndOneDayApart() {
        assertThat(SerialDates.toDate(45823, false)).isEqualTo(SerialDates.toDate(45823 - 1462, true));
    }
}
