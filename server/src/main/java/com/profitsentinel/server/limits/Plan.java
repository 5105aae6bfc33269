package com.profitsentinel.server.limits;

import com.profitsentinel.app.tenant.Tier;
import java.util.Optional;

/**
 * The limits of a tier (operations.md §11; the configuration defaults).
 *
 * @param next the tier to upgrade to, empty for the top tier
 */
public record Plan(
        Tier tier,
        int analysesPerHour,
        int analysesPerDay,
        long maxFileBytes,
        int concurrentAnalyses,
        int uploadsPerHour,
        int stores,
        Optional<Tier> next) {

    public static Plan of(Tier tier) {
        return switch (tier) {
            case FREE -> new Plan(tier, 10, 100, 10L << 20, 1, 20, 1, Optional.of(Tier.PRO));
            case PRO -> new Plan(tier, 100, 2_000, 50L << 20, 5, 60, 10, Optional.of(Tier.ENTERPRISE));
            case ENTERPRISE -> new Plan(tier, 1_000, 50_000, 200L << 20, 20, 300, Integer.MAX_VALUE, Optional.empty());
        };
    }

    /** How long saved analyses are kept (operations.md §11: 90 days on free, 2 years on the paying plans). */
    public java.time.Duration keepAnalyses() {
        return tier == Tier.FREE ? java.time.Duration.ofDays(90) : java.time.Duration.ofDays(730);
    }

    /** Where to upgrade ({@code /settings/plan?upgrade=pro}); empty on the top tier. */
    public Optional<String> upgradeUrl() {
        return next.map(tier -> "/settings/plan?upgrade=" + tier.apiName());
    }
}
