package com.profitsentinel.engine.finding;

import static java.util.Objects.requireNonNull;

/**
 * A fact that is true for a finding's record, with what was observed and the threshold it was held against
 * ({@code zero_sales}: observed {@code sales_30d = 0}, condition {@code sales_30d < 0.005}).
 *
 * @param fact the fact
 * @param observed the observed value(s), as text ({@code sales_30d = 0})
 * @param condition the condition that makes the fact true, as text
 */
public record Evidence(Fact fact, String observed, String condition) {
    public Evidence {
        requireNonNull(fact, "fact is null");
        requireNonNull(observed, "observed is null");
        requireNonNull(condition, "condition is null");
    }
}
