package com.profitsentinel.io.value;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What date parsing needs to know about the analysis and the store.
 *
 * @param asOf the analysis date; two-digit years are placed within [asOf − 80 years, asOf + 20 years]
 * @param storeZone the store's time zone; date-times with an offset are converted to it before the time is dropped
 * @param dayFirstLocale the store's locale writes the day first when a column's values cannot tell (default false: US)
 */
public record DateContext(LocalDate asOf, ZoneId storeZone, boolean dayFirstLocale) {
    public DateContext {
        requireNonNull(asOf, "asOf is null");
        requireNonNull(storeZone, "storeZone is null");
    }
}
