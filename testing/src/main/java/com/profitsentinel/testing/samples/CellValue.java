package com.profitsentinel.testing.samples;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One cell of a sample table: text, a number, a date or nothing. Text files write every kind as text. */
sealed interface CellValue {
    /** A text cell, written as is. */
    record Text(String text) implements CellValue {
        public Text {
            requireNonNull(text, "text is null");
        }
    }

    /** A numeric cell; text files write its plain decimal form. */
    record Numeric(BigDecimal value) implements CellValue {
        public Numeric {
            requireNonNull(value, "value is null");
        }
    }

    /** A date cell, formatted as a date in workbooks; text files write ISO dates. */
    record Day(LocalDate date) implements CellValue {
        public Day {
            requireNonNull(date, "date is null");
        }
    }

    /** An empty cell. */
    record Blank() implements CellValue {}

    static CellValue text(String text) {
        return new Text(text);
    }

    static CellValue number(BigDecimal value) {
        return new Numeric(value);
    }

    static CellValue number(long value) {
        return new Numeric(BigDecimal.valueOf(value));
    }

    static CellValue day(LocalDate date) {
        return new Day(date);
    }

    static CellValue blank() {
        return new Blank();
    }

    /** The cell as text-file content. */
    default String asText() {
        return switch (this) {
            case Text text -> text.text();
            case Numeric numeric -> numeric.value().toPlainString();
            case Day day -> day.date().toString();
            case Blank ignored -> "";
        };
    }
}
