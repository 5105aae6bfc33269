package com.profitsentinel.app.explain;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.FindingKind;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.engine.rootcause.ProofNode;
import com.profitsentinel.engine.rootcause.SkuFacts;
import com.profitsentinel.engine.rule.Parameters;
import java.util.List;
import java.util.Set;

/**
 * The root cause of some SKUs' evidence and how it was reached.
 *
 * @param skus every SKU explained with the observed value of each of its true facts
 * @param factsUsed the facts the leak type may use (others are masked, §9.3)
 */
public record Explanation(
        FindingKind kind,
        List<SkuFacts> skus,
        Set<com.profitsentinel.engine.finding.Fact> factsUsed,
        Parameters parameters,
        Diagnosis diagnosis,
        ProofNode proofTree) {
    public Explanation {
        requireNonNull(kind, "kind is null");
        skus = List.copyOf(skus);
        factsUsed = Set.copyOf(factsUsed);
        requireNonNull(parameters, "parameters is null");
        requireNonNull(diagnosis, "diagnosis is null");
        requireNonNull(proofTree, "proofTree is null");
    }
}
