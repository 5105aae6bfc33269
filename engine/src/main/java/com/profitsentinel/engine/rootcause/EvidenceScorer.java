package com.profitsentinel.engine.rootcause;

import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.Parameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transparent root-cause scorer (engine.md §9): weighted facts per SKU, normalized and summed into cause scores for
 * a group (§9.4) or a store (§9.5), with competing hypotheses (§9.6) and proof trees (§9.7). Pure and deterministic:
 * facts are visited in §9.1 order and causes in their tie-break order.
 */
public final class EvidenceScorer {
    /** The {@code review_reason} values in their precedence order (§9.4 step 8). */
    public static final String LOW_CONFIDENCE = "low_confidence";

    public static final String COMPETING_HYPOTHESES = "competing_hypotheses";
    public static final String THIN_EVIDENCE = "thin_evidence";
    public static final String SENSITIVE_CAUSE = "sensitive_cause";

    private static final List<Cause> CAUSES = List.of(Cause.values());
    private static final int LAST_EXPLAINED_RANK = 4;
    private static final int MAX_MISSING_FACTS = 3;
    private static final int MAX_OBSERVED_SKUS = 10;
    private static final int MIN_DISTINCT_FACTS = 2;
    /** Sums of one-decimal weights closer than this are equal (binary rounding only). */
    private static final double WEIGHT_TOLERANCE = 1e-9;

    private EvidenceScorer() {}

    /**
     * Scores one group (§9.4).
     *
     * @param factsPerSku the facts true for each SKU of the group (every SKU is scored)
     * @param factsUsed the facts the group's leak type uses ({@link EvidenceRules#usedBy}); others are masked
     * @param parameters the thresholds {@code min_root_cause_confidence}, {@code review_confidence} and
     *     {@code review_ambiguity}
     */
    public static Diagnosis scoreGroup(List<Set<Fact>> factsPerSku, Set<Fact> factsUsed, Parameters parameters) {
        Map<Set<Fact>, Integer> counts = new LinkedHashMap<>();
        for (Set<Fact> facts : factsPerSku) {
            counts.merge(facts, 1, Integer::sum);
        }
        return scoreGroup(counts, factsUsed, parameters);
    }

    /**
     * Scores one group given how many of its SKUs have each set of true facts (§9.4): SKUs with the same facts have the
     * same weight vector, so each distinct set is normalized once and counted {@code count} times.
     *
     * @param skusByFactSet a set of true facts → the number of the group's SKUs with exactly those facts
     * @param factsUsed the facts the group's leak type uses ({@link EvidenceRules#usedBy}); others are masked
     * @param parameters the thresholds {@code min_root_cause_confidence}, {@code review_confidence} and
     *     {@code review_ambiguity}
     */
    public static Diagnosis scoreGroup(
            Map<Set<Fact>, Integer> skusByFactSet, Set<Fact> factsUsed, Parameters parameters) {
        EnumMap<Cause, Double> scores = new EnumMap<>(Cause.class);
        EnumMap<Cause, Integer> evidenceCounts = new EnumMap<>(Cause.class);
        EnumMap<Fact, Integer> factCounts = new EnumMap<>(Fact.class);
        EnumMap<Cause, Integer> ownTopCounts = new EnumMap<>(Cause.class);
        int withEvidence = 0;
        for (Map.Entry<Set<Fact>, Integer> entry : skusByFactSet.entrySet()) {
            Set<Fact> facts = entry.getKey();
            int count = entry.getValue();
            EnumMap<Cause, Double> weights = new EnumMap<>(Cause.class);
            for (Fact fact : Fact.values()) {
                if (facts.contains(fact) && factsUsed.contains(fact)) {
                    factCounts.merge(fact, count, Integer::sum);
                    for (Cause cause : CAUSES) {
                        weights.merge(cause, EvidenceRules.weight(fact, cause), Double::sum);
                    }
                }
            }
            double sumOfSquares = 0;
            for (Cause cause : CAUSES) {
                double weight = weights.getOrDefault(cause, 0.0);
                sumOfSquares += weight * weight;
            }
            double norm = Math.sqrt(sumOfSquares);
            if (norm == 0) {
                continue;
            }
            Cause ownTop = CAUSES.get(0);
            double ownTopValue = weights.getOrDefault(ownTop, 0.0) / norm;
            for (Cause cause : CAUSES) {
                double normalized = weights.getOrDefault(cause, 0.0) / norm;
                if (normalized > 0) {
                    scores.merge(cause, normalized * count, Double::sum);
                    evidenceCounts.merge(cause, count, Integer::sum);
                }
                if (normalized > ownTopValue) {
                    ownTop = cause;
                    ownTopValue = normalized;
                }
            }
            ownTopCounts.merge(ownTop, count, Integer::sum);
            withEvidence += count;
        }
        List<Cause> ranked = rank(scores);
        Cause top = ranked.get(0);
        double topScore = scores.getOrDefault(top, 0.0);
        if (!(topScore > 0)) {
            return withoutHypotheses(factCounts, withEvidence);
        }
        double support = topScore / withEvidence;
        double agreement = ownTopCounts.getOrDefault(top, 0) / (double) withEvidence;
        return conclude(
                new Scores(ranked, scores, evidenceCounts),
                support,
                agreement,
                factCounts,
                factsUsed,
                withEvidence,
                parameters);
    }

    /**
     * Scores a store over its groups (§9.5): groups without evidence ({@code n_e = 0}) are left out; the others weigh
     * by impact (equally when every impact is 0) and contribute their per-SKU average score per cause (a group whose
     * evidence is only counter-evidence weighs but adds nothing). Support is the top score;
     * {@code agreement} is the share of those groups whose own top cause is the store's; {@code facts_used} adds the
     * groups' counts; distinct facts for {@code thin_evidence} are counted over the whole store.
     */
    public static Diagnosis scoreStore(List<GroupEvidence> groups, Parameters parameters) {
        List<GroupEvidence> withEvidence = groups.stream()
                .filter(group -> group.diagnosis().skusWithEvidence() > 0)
                .toList();
        double totalImpact = 0;
        for (GroupEvidence group : withEvidence) {
            totalImpact += group.impact();
        }
        EnumMap<Cause, Double> scores = new EnumMap<>(Cause.class);
        EnumMap<Cause, Integer> evidenceCounts = new EnumMap<>(Cause.class);
        EnumMap<Fact, Integer> factCounts = new EnumMap<>(Fact.class);
        EnumSet<Fact> relevantFacts = EnumSet.noneOf(Fact.class);
        int skusWithEvidence = 0;
        for (GroupEvidence group : withEvidence) {
            Diagnosis diagnosis = group.diagnosis();
            double weight = totalImpact > 0 ? group.impact() / totalImpact : 1.0 / withEvidence.size();
            for (Hypothesis hypothesis : diagnosis.hypotheses()) {
                scores.merge(
                        hypothesis.cause(), weight * hypothesis.score() / diagnosis.skusWithEvidence(), Double::sum);
                evidenceCounts.merge(hypothesis.cause(), hypothesis.evidenceCount(), Integer::sum);
            }
            diagnosis.factsUsed().forEach((fact, count) -> factCounts.merge(fact, count, Integer::sum));
            relevantFacts.addAll(group.relevantFacts());
            skusWithEvidence += diagnosis.skusWithEvidence();
        }
        List<Cause> ranked = rank(scores);
        Cause top = ranked.get(0);
        double topScore = scores.getOrDefault(top, 0.0);
        if (!(topScore > 0)) {
            return withoutHypotheses(factCounts, skusWithEvidence);
        }
        double agreement = withEvidence.stream()
                        .filter(group ->
                                group.diagnosis().top().map(Hypothesis::cause).equals(Optional.of(top)))
                        .count()
                / (double) withEvidence.size();
        return conclude(
                new Scores(ranked, scores, evidenceCounts),
                topScore,
                agreement,
                factCounts,
                relevantFacts,
                skusWithEvidence,
                parameters);
    }

    /**
     * The proof tree of a diagnosis (§9.7): the conclusion, one node per hypothesis in rank order, under each the rules
     * whose fact is true for at least one SKU, and under each rule the fact with its condition and observed values.
     *
     * @param diagnosis the group's diagnosis
     * @param skus the group's SKUs with the observed value of each true fact
     * @param factsUsed the facts the group's type uses (masked facts are not shown)
     * @param parameters the thresholds shown in fact conditions
     */
    public static ProofNode proofTree(
            Diagnosis diagnosis, List<SkuFacts> skus, Set<Fact> factsUsed, Parameters parameters) {
        EnumMap<Fact, ProofNode> factNodes = new EnumMap<>(Fact.class);
        for (Fact fact : Fact.values()) {
            List<String> observed = skus.stream()
                    .filter(sku -> factsUsed.contains(fact) && sku.observed().containsKey(fact))
                    .map(sku -> sku.sku() + " = " + sku.observed().get(fact))
                    .toList();
            if (!observed.isEmpty()) {
                factNodes.put(fact, factNode(fact, observed, parameters));
            }
        }
        List<ProofNode> causeNodes = new ArrayList<>();
        for (Hypothesis hypothesis : diagnosis.hypotheses()) {
            Cause cause = hypothesis.cause();
            List<ProofNode> ruleNodes = new ArrayList<>();
            factNodes.forEach((fact, factNode) ->
                    EvidenceRules.rule(fact, cause).ifPresent(rule -> ruleNodes.add(ruleNode(rule, factNode))));
            String statement = "#" + hypothesis.rank() + " " + cause.displayName() + ": score "
                    + decimal(hypothesis.score(), 4) + " from " + hypothesis.evidenceCount() + " SKU(s)";
            causeNodes.add(new ProofNode("cause", statement, Double.NaN, Double.NaN, "", ruleNodes));
        }
        String conclusion = diagnosis
                .rootCause()
                .map(cause -> "Root cause: " + cause.displayName())
                .orElse("No root cause named");
        return new ProofNode("conclusion", conclusion, diagnosis.confidence(), Double.NaN, "", causeNodes);
    }

    private static ProofNode factNode(Fact fact, List<String> observed, Parameters parameters) {
        String value = String.join(", ", observed.subList(0, Math.min(observed.size(), MAX_OBSERVED_SKUS)));
        if (observed.size() > MAX_OBSERVED_SKUS) {
            value += ", +" + (observed.size() - MAX_OBSERVED_SKUS) + " more";
        }
        String statement = fact.id() + ": " + FactConditions.condition(fact, parameters);
        return new ProofNode("fact", statement, Double.NaN, Double.NaN, value, List.of());
    }

    private static ProofNode ruleNode(EvidenceRule rule, ProofNode factNode) {
        String display = rule.cause().displayName();
        String weight = decimal(rule.weight(), 1);
        String statement = rule.supports()
                ? rule.fact().id() + " supports " + display + " (+" + weight + ")"
                : rule.fact().id() + " is counter-evidence for " + display + " (" + weight + ")";
        return new ProofNode("rule", statement, Double.NaN, rule.weight(), "", List.of(factNode));
    }

    /** The causes by score descending, ties in the fixed cause order (§9.4 step 3). */
    private static List<Cause> rank(Map<Cause, Double> scores) {
        Comparator<Cause> byScore = Comparator.comparingDouble(cause -> scores.getOrDefault(cause, 0.0));
        return CAUSES.stream()
                .sorted(byScore.reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static Diagnosis withoutHypotheses(Map<Fact, Integer> factCounts, int skusWithEvidence) {
        return new Diagnosis(
                List.of(), Optional.empty(), 0, 0, 0, 0, false, Optional.empty(), factCounts, skusWithEvidence);
    }

    /** Steps 5, 6, 8 and 9 of §9.4 once the top score is known to be positive. */
    private static Diagnosis conclude(
            Scores scores,
            double support,
            double agreement,
            Map<Fact, Integer> factCounts,
            Set<Fact> relevantFacts,
            int skusWithEvidence,
            Parameters parameters) {
        Cause top = scores.ranked().get(0);
        double topScore = scores.of(top);
        double ambiguity = scores.of(scores.ranked().get(1)) / topScore;
        double confidence = support * (1 - 0.5 * ambiguity);
        Optional<Cause> rootCause =
                confidence >= parameters.get(Parameter.MIN_ROOT_CAUSE_CONFIDENCE) ? Optional.of(top) : Optional.empty();
        Optional<String> reviewReason = reviewReason(confidence, ambiguity, factCounts.size(), top, parameters);
        List<Hypothesis> hypotheses = hypotheses(scores, factCounts.keySet(), relevantFacts);
        return new Diagnosis(
                hypotheses,
                rootCause,
                confidence,
                ambiguity,
                support,
                agreement,
                reviewReason.isPresent(),
                reviewReason,
                factCounts,
                skusWithEvidence);
    }

    private static Optional<String> reviewReason(
            double confidence, double ambiguity, int distinctFacts, Cause top, Parameters parameters) {
        if (confidence < parameters.get(Parameter.REVIEW_CONFIDENCE)) {
            return Optional.of(LOW_CONFIDENCE);
        }
        if (ambiguity > parameters.get(Parameter.REVIEW_AMBIGUITY)) {
            return Optional.of(COMPETING_HYPOTHESES);
        }
        if (distinctFacts < MIN_DISTINCT_FACTS) {
            return Optional.of(THIN_EVIDENCE);
        }
        if (top == Cause.THEFT) {
            return Optional.of(SENSITIVE_CAUSE);
        }
        return Optional.empty();
    }

    private static List<Hypothesis> hypotheses(Scores scores, Set<Fact> trueFacts, Set<Fact> relevantFacts) {
        double total = 0;
        for (Cause cause : CAUSES) {
            total += scores.of(cause);
        }
        List<Cause> positive =
                scores.ranked().stream().filter(cause -> scores.of(cause) > 0).toList();
        Cause winner = positive.get(0);
        List<Hypothesis> hypotheses = new ArrayList<>();
        for (int index = 0; index < positive.size(); index++) {
            Cause cause = positive.get(index);
            int rank = index + 1;
            double score = scores.of(cause);
            List<String> whyLower = rank >= 2 && rank <= LAST_EXPLAINED_RANK
                    ? whyLower(winner, cause, scores, trueFacts, relevantFacts)
                    : List.of();
            hypotheses.add(new Hypothesis(cause, rank, score, score / total, scores.count(cause), whyLower));
        }
        return hypotheses;
    }

    /** Why a cause ranked below the winner (§9.6). */
    private static List<String> whyLower(
            Cause winner, Cause loser, Scores scores, Set<Fact> trueFacts, Set<Fact> relevantFacts) {
        List<String> reasons = new ArrayList<>();
        double winnerWeight = totalWeight(winner, trueFacts);
        double loserWeight = totalWeight(loser, trueFacts);
        if (winnerWeight - loserWeight > WEIGHT_TOLERANCE) {
            reasons.add("Winner has " + decimal(winnerWeight - loserWeight, 1) + " more total rule weight ("
                    + decimal(winnerWeight, 1) + " vs " + decimal(loserWeight, 1) + ")");
        }
        List<String> missing = Arrays.stream(Fact.values())
                .filter(fact -> relevantFacts.contains(fact) && !trueFacts.contains(fact))
                .filter(fact -> EvidenceRules.weight(fact, loser) > 0)
                .limit(MAX_MISSING_FACTS)
                .map(Fact::id)
                .toList();
        if (!missing.isEmpty()) {
            reasons.add("Missing supporting facts: " + String.join(", ", missing));
        }
        List<String> counterEvidence = trueFacts.stream()
                .filter(fact -> EvidenceRules.weight(fact, loser) < 0)
                .map(fact -> fact.id() + " (" + decimal(EvidenceRules.weight(fact, loser), 1) + ")")
                .toList();
        if (!counterEvidence.isEmpty()) {
            reasons.add("Counter-evidence: " + String.join(", ", counterEvidence));
        }
        if (reasons.isEmpty()) {
            double lower = (scores.of(winner) - scores.of(loser)) / scores.of(winner) * 100;
            reasons.add("Scored " + decimal(lower, 0) + "% lower");
        }
        return reasons;
    }

    private static double totalWeight(Cause cause, Set<Fact> facts) {
        double total = 0;
        for (Fact fact : facts) {
            total += EvidenceRules.weight(fact, cause);
        }
        return total;
    }

    /** HALF_EVEN on the exact binary value (§0). */
    private static String decimal(double value, int scale) {
        return new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Ranked causes with their scores and evidence counts. */
    private record Scores(List<Cause> ranked, Map<Cause, Double> scores, Map<Cause, Integer> evidenceCounts) {
        double of(Cause cause) {
            return scores.getOrDefault(cause, 0.0);
        }

        int count(Cause cause) {
            return evidenceCounts.getOrDefault(cause, 0);
        }
    }
}
