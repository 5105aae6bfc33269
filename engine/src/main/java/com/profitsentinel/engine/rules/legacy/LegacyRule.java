package com.profitsentinel.engine.rules.legacy;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.List;

/**
 * One of the 11 primitives of the {@code legacy} engine (engine.md §5.3): pure functions of the legacy fields, no
 * state. The engine applies the {@code score > 0.1} test and rounds the stored score; the rule only computes.
 */
interface LegacyRule {
    /** The rule's metadata; {@link RuleDescriptor#kind()} is the primitive. */
    RuleDescriptor descriptor();

    /** The primitive this rule computes. */
    default LegacyPrimitive primitive() {
        return (LegacyPrimitive) descriptor().kind();
    }

    /** The raw score (§5.3): the first branch whose condition holds, else 0. */
    double score(LegacyFields fields);

    /** The item's context sentence (§5.5); only called for flagged records. */
    String context(LegacyFields fields);

    /** The per-item annual impact of §5.7 before the cap; only called for flagged records. */
    double impact(LegacyFields fields);

    /** The per-item cap of §5.7. */
    double impactCap();

    /** The per-item impact with its cap applied. */
    default double cappedImpact(LegacyFields fields) {
        return Math.min(impact(fields), impactCap());
    }

    /** The descriptor of a primitive: id = the key with {@code -} for {@code _}, its page under docs/rules/legacy. */
    static RuleDescriptor describe(LegacyPrimitive primitive, String summary) {
        String id = primitive.id().replace('_', '-');
        return new RuleDescriptor(id, primitive, summary, List.of(), "docs/rules/legacy/" + id + ".md");
    }
}
