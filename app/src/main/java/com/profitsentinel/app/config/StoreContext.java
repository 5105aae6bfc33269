package com.profitsentinel.app.config;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.record.CostBasis;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Facts about a store that shape how its exports are read and its dates are shown (api.md §5.12).
 *
 * @param timezone IANA time zone of the store's calendar dates
 * @param fiscalYearStartMonth 1–12
 * @param costBasis which cost column is the effective cost
 * @param locale a language tag such as {@code en-US}
 */
public record StoreContext(String timezone, int fiscalYearStartMonth, CostBasis costBasis, String locale) {
    public StoreContext {
        requireNonNull(timezone, "timezone is null");
        requireNonNull(costBasis, "costBasis is null");
        requireNonNull(locale, "locale is null");
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new WorkflowSettings.InvalidSettingException(
                    "timezone",
                    "timezone must be an IANA time zone such as America/Chicago, not \"" + timezone + "\".");
        }
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
            throw new WorkflowSettings.InvalidSettingException(
                    "fiscal_year_start_month",
                    "fiscal_year_start_month must be a month from 1 to 12, not " + fiscalYearStartMonth + ".");
        }
        if (locale.isBlank() || Locale.forLanguageTag(locale).getLanguage().isEmpty()) {
            throw new WorkflowSettings.InvalidSettingException(
                    "locale", "locale must be a language tag such as en-US, not \"" + locale + "\".");
        }
    }

    /** The context of a new store in {@code timezone}. */
    public static StoreContext defaults(String timezone) {
        return new StoreContext(timezone, 1, CostBasis.AUTO, "en-US");
    }
}
