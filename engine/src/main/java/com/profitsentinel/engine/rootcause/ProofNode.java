package com.profitsentinel.engine.rootcause;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * One node of a proof tree (engine.md §9.7): a conclusion, a cause, a rule or a fact.
 *
 * @param kind {@code conclusion}, {@code cause}, {@code rule} or {@code fact}
 * @param statement the sentence shown
 * @param confidence the group confidence on the conclusion; NaN when absent
 * @param weight the rule weight on a rule; NaN when absent
 * @param value the observed values per SKU on a fact; empty when absent
 * @param children the nodes below, in order (omitted from JSON when empty)
 */
public record ProofNode(
        String kind, String statement, double confidence, double weight, String value, List<ProofNode> children) {
    private static final Set<String> KINDS = Set.of("conclusion", "cause", "rule", "fact");

    public ProofNode {
        requireNonNull(kind, "kind is null");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be conclusion, cause, rule or fact: " + kind);
        }
        requireNonNull(statement, "statement is null");
        requireNonNull(value, "value is null");
        children = List.copyOf(children);
    }
}
