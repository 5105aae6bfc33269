package com.profitsentinel.engine.digest;

import static com.profitsentinel.engine.finding.LeakType.DATA_QUALITY;
import static com.profitsentinel.engine.finding.LeakType.DEAD_STOCK;
import static com.profitsentinel.engine.finding.LeakType.MARGIN_EROSION;
import static com.profitsentinel.engine.finding.LeakType.NEGATIVE_INVENTORY;
import static com.profitsentinel.engine.finding.LeakType.PATRONAGE_MISS;
import static com.profitsentinel.engine.finding.LeakType.SHRINKAGE;
import static com.profitsentinel.engine.finding.LeakType.VENDOR_SHORT_SHIP;
import static com.profitsentinel.engine.finding.Trend.IMPROVING;
import static com.profitsentinel.engine.finding.Trend.STABLE;
import static com.profitsentinel.engine.finding.Trend.WORSENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.FindingKind;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.engine.rule.Preset;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigestRankerTest {
    private static final Parameters STANDARD = Parameters.standard();
    private static final Offset<Double> EXACT = Offset.offset(1e-9);

    // ---- fixtures -------------------------------------------------------------------------------------------------

    /** A group whose member findings are given as SKU, impact pairs; the group impact is their sum. */
    private static Group group(String store, FindingKind kind, double confidence, Trend trend, Object... skuImpacts) {
        List<String> skus = new ArrayList<>();
        List<String> findingIds = new ArrayList<>();
        double impact = 0;
        for (int index = 0; index < skuImpacts.length; index += 2) {
            skus.add((String) skuImpacts[index]);
            findingIds.add(findingId(store, (String) skuImpacts[index], kind));
            impact += (Double) skuImpacts[index + 1];
        }
        return new Group(
                store + "|*|" + kind.id(),
                store,
                kind,
                skus,
                findingIds,
                impact,
                0,
                confidence,
                trend,
                Double.NaN,
                Diagnosis.none(),
                "");
    }

    /** A one-SKU group with a given impact. */
    private static Group group(String store, FindingKind kind, double impact, double confidence, Trend trend) {
        return group(store, kind, confidence, trend, store + "-" + kind.id(), impact);
    }

    private static String findingId(String store, String sku, FindingKind kind) {
        return store + "|" + sku + "|" + kind.id();
    }

    /** The impact of every member finding, as the ranker's caller passes it. */
    private static Map<String, Double> impacts(List<Group> groups, Object... skuImpacts) {
        Map<String, Double> impacts = new HashMap<>();
        for (Group group : groups) {
            if (group.skuCount() == 1) {
                impacts.put(group.findingIds().get(0), group.annualProfitAtRisk());
            }
        }
        for (int index = 0; index < skuImpacts.length; index += 2) {
            impacts.put((String) skuImpacts[index], (Double) skuImpacts[index + 1]);
        }
        return impacts;
    }

    /** A one-SKU group whose base priority is {@code p0} (impact e^20 − 1, confidence p0 / 20, STABLE). */
    private static Group withBasePriority(String store, FindingKind kind, double p0) {
        return group(store, kind, Math.exp(20) - 1, p0 / 20, STABLE);
    }

    private static double round6(double value) {
        return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static double round2(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static Digest rank(List<Group> groups, int topK) {
        return DigestRanker.rank(groups, impacts(groups), STANDARD, topK);
    }

    // ---- engine.md §12.6 -------------------------------------------------------------------------------------------

    @Test
    void basePriorityIsLogImpactTimesTrendTimesConfidence() {
        Group worsening = group("store-a", NEGATIVE_INVENTORY, 2_400, 0.9, WORSENING);
        Group improving = group("store-b", NEGATIVE_INVENTORY, 100, 0.5, IMPROVING);

        assertThat(round6(DigestRanker.basePriority(worsening))).isEqualTo(10.507915);
        assertThat(round6(DigestRanker.basePriority(improving))).isEqualTo(1.615292);
        assertThat(rank(List.of(improving, worsening), 5).ranked())
                .extracting(group -> round6(group.priorityScore()))
                .containsExactly(10.507915, 1.615292);
    }

    @Test
    void dampensLaterGroupsOfTheSameStore() {
        List<Group> groups = List.of(
                withBasePriority("store-7", NEGATIVE_INVENTORY, 10),
                withBasePriority("store-7", DEAD_STOCK, 9),
                withBasePriority("store-12", NEGATIVE_INVENTORY, 8));

        Digest digest = rank(groups, 5);

        assertThat(digest.ranked())
                .extracting(Group::priorityScore)
                .satisfiesExactly(
                        first -> assertThat(first).isCloseTo(10, EXACT),
                        second -> assertThat(second).isCloseTo(8, EXACT),
                        third -> assertThat(third).isCloseTo(6.57, EXACT));
        assertThat(digest.ranked())
                .extracting(Group::kind)
                .containsExactly(NEGATIVE_INVENTORY, NEGATIVE_INVENTORY, DEAD_STOCK);
    }

    @Test
    void selectsTheTopKByFinalPriority() {
        List<Group> groups = List.of(
                withBasePriority("store-1", DEAD_STOCK, 1),
                withBasePriority("store-2", DEAD_STOCK, 10),
                withBasePriority("store-3", DEAD_STOCK, 5));

        Digest digest = rank(groups, 2);

        assertThat(digest.selected()).extracting(Group::storeId).containsExactly("store-2", "store-3");
        assertThat(digest.selected())
                .extracting(Group::priorityScore)
                .satisfiesExactly(first -> assertThat(first).isCloseTo(10, EXACT), second -> assertThat(second)
                        .isCloseTo(5, EXACT));
        assertThat(digest.totalIssues()).isEqualTo(2);
        assertThat(digest.ranked()).hasSize(3);
    }

    @Test
    void filtersGroupsBelowTheMinimumImpactBeforeScoring() {
        Parameters minimum1000 =
                Parameters.of(Preset.STANDARD, Map.of("min_digest_impact", 1_000.0), Map.of(), Map.of());
        List<Group> groups = List.of(
                group("store-1", DEAD_STOCK, 2_400, 0.75, STABLE), group("store-1", SHRINKAGE, 50, 0.4, STABLE));

        Digest digest = DigestRanker.rank(groups, impacts(groups), minimum1000, 5);

        assertThat(digest.ranked()).extracting(Group::annualProfitAtRisk).containsExactly(2_400.0);
        assertThat(digest.filteredOut()).extracting(Group::annualProfitAtRisk).containsExactly(50.0);
        assertThat(digest.filteredOut().get(0).priorityScore()).isNaN();
        assertThat(digest.groupsFilteredOut()).isEqualTo(1);
        assertThat(digest.groupsDetected()).isEqualTo(2);
    }

    @Test
    void keepsAGroupExactlyAtTheDefaultMinimum() {
        Digest digest = rank(List.of(group("store-1", DEAD_STOCK, 100.00, 0.75, STABLE)), 5);

        assertThat(digest.selected()).hasSize(1);
        assertThat(digest.groupsFilteredOut()).isZero();
    }

    @Test
    void worseningNegativeInventoryOvertakesDeadStockInItsStore() {
        Group negative = group("store-7", NEGATIVE_INVENTORY, 1_104.50, 0.9, WORSENING);
        Group deadStock = group("store-7", DEAD_STOCK, 1_200.00, 0.75, WORSENING);

        Digest digest = rank(List.of(deadStock, negative), 5);

        assertThat(digest.ranked()).extracting(Group::kind).containsExactly(NEGATIVE_INVENTORY, DEAD_STOCK);
        assertThat(digest.ranked())
                .extracting(group -> round6(group.priorityScore()))
                .containsExactly(9.460872, 5.823410);
    }

    // ---- engine.md §12.4 -------------------------------------------------------------------------------------------

    /** The 14 groups of the 20-row multi-store fixture, in an order unlike the expected one. */
    private static List<Group> multiStoreGroups() {
        return List.of(
                group("store-7", NEGATIVE_INVENTORY, 0.90, STABLE, "ELC-4401", 1_104.50),
                group("store-7", DEAD_STOCK, 0.75, WORSENING, "SEA-1201", 1_200.00),
                group("store-12", MARGIN_EROSION, 0.85, WORSENING, "PNT-1001", 3_810.00, "PNT-1002", 2_313.36),
                group("store-12", NEGATIVE_INVENTORY, 0.90, STABLE, "TLS-2001", 975.00),
                group("store-12", SHRINKAGE, 0.40, STABLE, "PNT-1002", 297.50),
                group("store-3", DEAD_STOCK, 0.75, WORSENING, "FLR-0501", 1_200.00, "FLR-0502", 806.40),
                group("store-3", VENDOR_SHORT_SHIP, 0.85, WORSENING, "DMG-0101", 2_250.00),
                group("store-3", PATRONAGE_MISS, 0.80, STABLE, "SSN-0801", 1_296.00),
                group("store-15", NEGATIVE_INVENTORY, 0.90, WORSENING, "ELC-5501", 3_840.00),
                group("store-15", DEAD_STOCK, 0.75, WORSENING, "HRD-4401", 1_020.00),
                group("store-15", MARGIN_EROSION, 0.85, WORSENING, "PNT-2001", 3_014.16),
                group("store-15", SHRINKAGE, 0.40, STABLE, "PNT-2001", 570.00),
                group("store-22", NEGATIVE_INVENTORY, 0.90, STABLE, "TLS-3001", 1_760.00),
                group("store-22", VENDOR_SHORT_SHIP, 0.85, WORSENING, "DMG-0201", 1_575.00));
    }

    private static Map<String, Double> multiStoreImpacts(List<Group> groups) {
        return impacts(
                groups,
                findingId("store-12", "PNT-1001", MARGIN_EROSION),
                3_810.00,
                findingId("store-12", "PNT-1002", MARGIN_EROSION),
                2_313.36,
                findingId("store-3", "FLR-0501", DEAD_STOCK),
                1_200.00,
                findingId("store-3", "FLR-0502", DEAD_STOCK),
                806.40);
    }

    @Test
    void ranksTheMultiStoreFixtureAsTheDigestTable() {
        List<Group> groups = multiStoreGroups();

        Digest digest = DigestRanker.rank(groups, multiStoreImpacts(groups), STANDARD, 100);

        List<String> rows = digest.ranked().stream()
                .map(group -> group.storeId() + " " + group.kind().id() + " " + round6(DigestRanker.basePriority(group))
                        + " " + round6(group.priorityScore()))
                .toList();
        assertThat(rows)
                .containsExactly(
                        "store-15 NEGATIVE_INVENTORY 11.142209 11.142209",
                        "store-12 MARGIN_EROSION 11.118038 11.118038",
                        "store-3 VENDOR_SHORT_SHIP 9.841891 9.841891",
                        "store-22 VENDOR_SHORT_SHIP 9.387373 9.387373",
                        "store-7 DEAD_STOCK 7.977274 7.977274",
                        "store-15 MARGIN_EROSION 10.214545 7.456618",
                        "store-3 DEAD_STOCK 8.55517 6.245274",
                        "store-22 NEGATIVE_INVENTORY 6.726273 4.91018",
                        "store-7 NEGATIVE_INVENTORY 6.307248 4.604291",
                        "store-12 NEGATIVE_INVENTORY 6.195116 4.522435",
                        "store-15 DEAD_STOCK 7.794605 4.216881",
                        "store-3 PATRONAGE_MISS 5.734247 3.102228",
                        "store-12 SHRINKAGE 2.279508 1.233214",
                        "store-15 SHRINKAGE 2.538956 1.037671");
        assertThat(digest.groupsDetected()).isEqualTo(14);
        assertThat(digest.groupsFilteredOut()).isZero();
    }

    @Test
    void defaultTopFiveOfTheMultiStoreFixture() {
        List<Group> groups = multiStoreGroups();

        Digest digest = DigestRanker.rank(groups, multiStoreImpacts(groups), STANDARD);

        assertThat(digest.selected())
                .extracting(group -> group.storeId() + " " + group.kind().id())
                .containsExactly(
                        "store-15 NEGATIVE_INVENTORY",
                        "store-12 MARGIN_EROSION",
                        "store-3 VENDOR_SHORT_SHIP",
                        "store-22 VENDOR_SHORT_SHIP",
                        "store-7 DEAD_STOCK");
        assertThat(round2(digest.totalDollarImpact())).isEqualTo(14_988.36);
        assertThat(round2(digest.selectedDedupTotal())).isEqualTo(14_988.36);
        assertThat(digest.storesAffected()).isEqualTo(5);
    }

    @Test
    void dedupTotalCountsASkuInSeveralSelectedGroupsOnceAtItsLargestImpact() {
        List<Group> groups = multiStoreGroups();

        Digest digest = DigestRanker.rank(groups, multiStoreImpacts(groups), STANDARD, 100);

        assertThat(round2(digest.totalDollarImpact())).isEqualTo(27_031.92);
        assertThat(round2(digest.selectedDedupTotal())).isEqualTo(26_164.42);
    }

    // ---- engine.md §12.5 -------------------------------------------------------------------------------------------

    private static List<Group> eightRowGroups() {
        return List.of(
                group("store-7", NEGATIVE_INVENTORY, 0.90, STABLE, "ELC-4401", 1_104.50),
                group("store-7", DEAD_STOCK, 0.75, WORSENING, "SEA-1201", 1_200.00, "SEA-1202", 756.00),
                group("store-12", MARGIN_EROSION, 0.85, WORSENING, "PNT-1001", 3_810.00, "PNT-1002", 4_291.20),
                group("store-12", SHRINKAGE, 0.40, STABLE, "PNT-1002", 450.00),
                group("store-3", VENDOR_SHORT_SHIP, 0.85, WORSENING, "HRD-9901", 3_250.00));
    }

    private static Digest rankEightRows(List<Group> groups, int topK) {
        return DigestRanker.rank(
                groups,
                impacts(
                        groups,
                        findingId("store-7", "SEA-1201", DEAD_STOCK),
                        1_200.00,
                        findingId("store-7", "SEA-1202", DEAD_STOCK),
                        756.00,
                        findingId("store-12", "PNT-1001", MARGIN_EROSION),
                        3_810.00,
                        findingId("store-12", "PNT-1002", MARGIN_EROSION),
                        4_291.20),
                STANDARD,
                topK);
    }

    @Test
    void selectsTheTopFiveOfTheEightRowDataset() {
        Digest digest = rankEightRows(eightRowGroups(), 5);

        assertThat(digest.selected())
                .extracting(group -> group.storeId() + " " + group.kind().id() + " "
                        + round2(group.annualProfitAtRisk()) + " " + round6(group.priorityScore()))
                .containsExactly(
                        "store-12 MARGIN_EROSION 8101.2 11.474861",
                        "store-3 VENDOR_SHORT_SHIP 3250.0 10.310565",
                        "store-7 DEAD_STOCK 1956.0 8.526564",
                        "store-7 NEGATIVE_INVENTORY 1104.5 4.604291",
                        "store-12 SHRINKAGE 450.0 1.784548");
        assertThat(digest.groupsDetected()).isEqualTo(5);
        assertThat(digest.groupsFilteredOut()).isZero();
    }

    @Test
    void selectsTheTopTwoOfTheEightRowDataset() {
        Digest digest = rankEightRows(eightRowGroups(), 2);

        assertThat(digest.selected())
                .extracting(group -> group.storeId() + " " + group.kind().id())
                .containsExactly("store-12 MARGIN_EROSION", "store-3 VENDOR_SHORT_SHIP");
    }

    @Test
    void ranksOneStoresGroupsForItsManager() {
        List<Group> store7 = eightRowGroups().stream()
                .filter(group -> group.storeId().equals("store-7"))
                .toList();

        Digest digest = rankEightRows(store7, 5);

        assertThat(digest.selected())
                .extracting(group -> group.kind().id() + " " + round6(group.priorityScore()))
                .containsExactly("DEAD_STOCK 8.526564", "NEGATIVE_INVENTORY 4.604291");
        assertThat(digest.storesAffected()).isEqualTo(1);
    }

    // ---- tie-breakers and edges ------------------------------------------------------------------------------------

    @Test
    void breaksEqualPrioritiesByLargerImpactFirst() {
        Group small = group("store-1", DEAD_STOCK, 1_000, 0.0, STABLE);
        Group big = group("store-2", DEAD_STOCK, 2_000, 0.0, STABLE);

        assertThat(rank(List.of(small, big), 5).ranked())
                .extracting(Group::storeId)
                .containsExactly("store-2", "store-1");
    }

    @Test
    void breaksEqualPrioritiesAndImpactsByStoreIdInCodePointOrder() {
        Group storeThree = group("store-3", DEAD_STOCK, 500, 0.5, STABLE);
        Group storeTwelve = group("store-12", DEAD_STOCK, 500, 0.5, STABLE);

        assertThat(rank(List.of(storeThree, storeTwelve), 5).ranked())
                .extracting(Group::storeId)
                .containsExactly("store-12", "store-3");
    }

    @Test
    void breaksTiesWithinAStoreByCatalogueOrderBeforeDiversity() {
        Group shrinkage = group("store-40", SHRINKAGE, 500, 0.5, STABLE);
        Group deadStock = group("store-40", DEAD_STOCK, 500, 0.5, STABLE);

        Digest digest = rank(List.of(shrinkage, deadStock), 5);

        assertThat(digest.ranked()).extracting(Group::kind).containsExactly(DEAD_STOCK, SHRINKAGE);
        assertThat(digest.ranked().get(1).priorityScore())
                .isCloseTo(0.73 * digest.ranked().get(0).priorityScore(), EXACT);
    }

    @Test
    void comparesStoreIdsByCodePointNotByUtf16Unit() {
        Group privateUse = group("store-\uFFFD", DEAD_STOCK, 500, 0.5, STABLE);
        Group emoji = group("store-\uD83D\uDE00", DEAD_STOCK, 500, 0.5, STABLE);

        assertThat(rank(List.of(emoji, privateUse), 5).ranked())
                .extracting(Group::storeId)
                .containsExactly("store-\uFFFD", "store-\uD83D\uDE00");
    }

    @Test
    void ordersLegacyPrimitivesByTheirOrderAndAfterLeakTypes() {
        Group overstock = group("store-1", LegacyPrimitive.OVERSTOCK, 500, 0.5, STABLE);
        Group marginLeak = group("store-1", LegacyPrimitive.HIGH_MARGIN_LEAK, 500, 0.5, STABLE);
        Group leakType = group("store-1", PATRONAGE_MISS, 500, 0.5, STABLE);

        assertThat(rank(List.of(overstock, marginLeak), 5).ranked())
                .extracting(Group::kind)
                .containsExactly(LegacyPrimitive.HIGH_MARGIN_LEAK, LegacyPrimitive.OVERSTOCK);
        assertThat(rank(List.of(overstock, leakType), 5).ranked())
                .extracting(Group::kind)
                .containsExactly(PATRONAGE_MISS, LegacyPrimitive.OVERSTOCK);
        assertThat(rank(List.of(leakType, overstock), 5).ranked())
                .extracting(Group::kind)
                .containsExactly(PATRONAGE_MISS, LegacyPrimitive.OVERSTOCK);
    }

    @Test
    void ignoresDataQualityGroups() {
        Group dataQuality = group("store-1", DATA_QUALITY, 5_000, 1.0, WORSENING);
        Group deadStock = group("store-1", DEAD_STOCK, 500, 0.75, STABLE);

        Digest digest = rank(List.of(dataQuality, deadStock), 5);

        assertThat(digest.ranked())
                .containsExactly(deadStock.withPriority(digest.ranked().get(0).priorityScore()));
        assertThat(digest.groupsDetected()).isEqualTo(1);
        assertThat(digest.filteredOut()).isEmpty();
    }

    @Test
    void emptyInputGivesAnEmptyDigest() {
        Digest digest = rank(List.of(), 5);

        assertThat(digest.selected()).isEmpty();
        assertThat(digest.totalDollarImpact()).isZero();
        assertThat(digest.selectedDedupTotal()).isZero();
        assertThat(digest.storesAffected()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void rejectsTopKOutsideOneToHundred(int topK) {
        assertThatThrownBy(() -> rank(List.of(), topK))
                .isInstanceOfSatisfying(ProfitSentinelException.class, error -> assertThat(error.code())
                        .isEqualTo(ErrorCode.INVALID_PARAMETER))
                .hasMessage("Parameter \"digest_top_k\" must be a whole number from 1 to 100, not " + topK + ".");
    }

    @Test
    void acceptsTopKOfOneHundred() {
        assertThat(rank(List.of(group("store-1", DEAD_STOCK, 500, 0.5, STABLE)), 100)
                        .selected())
                .hasSize(1);
    }

    @Test
    void needsTheImpactOfEverySelectedFinding() {
        List<Group> groups = List.of(group("store-1", DEAD_STOCK, 500, 0.5, STABLE));

        assertThatThrownBy(() -> DigestRanker.rank(groups, Map.of(), STANDARD, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "no impact for finding store-1|store-1-DEAD_STOCK|DEAD_STOCK of group store-1|*|DEAD_STOCK");
    }

    @Test
    void needsOneFindingIdPerSku() {
        Group broken = new Group(
                "g",
                "store-1",
                DEAD_STOCK,
                List.of("A", "B"),
                List.of("a"),
                500,
                0,
                0.5,
                STABLE,
                Double.NaN,
                Diagnosis.none(),
                "");

        assertThatThrownBy(() -> DigestRanker.rank(List.of(broken), Map.of("a", 500.0), STANDARD, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("group g has 2 SKUs but 1 finding ids");
    }

    @Test
    void digestRejectsNegativeCounts() {
        assertThatThrownBy(() -> new Digest(List.of(), List.of(), List.of(), 0, 0, -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Digest(List.of(), List.of(), List.of(), 0, 0, 0, -1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Digest(List.of(), List.of(), List.of(), 0, 0, 0, 0, -1))
                .hasMessage("counts must not be negative: stores 0, detected 0, filtered out -1");
    }
}
