package com.profitsentinel.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.app.findings.Acknowledgement;
import com.profitsentinel.app.findings.AcknowledgementReason;
import com.profitsentinel.app.findings.FindingPage;
import com.profitsentinel.app.findings.FindingQuery;
import com.profitsentinel.app.findings.FindingRepository;
import com.profitsentinel.app.findings.FindingSnapshot;
import com.profitsentinel.app.findings.FindingState;
import com.profitsentinel.app.findings.FindingStatus;
import com.profitsentinel.app.findings.FindingView;
import com.profitsentinel.app.findings.GroupView;
import com.profitsentinel.app.findings.StoredFinding;
import com.profitsentinel.app.findings.StoredGroup;
import com.profitsentinel.app.history.AnalysisRecord;
import com.profitsentinel.app.history.AnalysisStatus;
import com.profitsentinel.app.history.Page;
import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Store;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@link FindingRepository} contract (api.md §5.4, workflows.md §10), run against every database. */
abstract class AbstractFindingRepositoryContractTest extends StoreContract {
    private static final List<String> SEVERITIES = List.of("info", "low", "medium", "high", "critical");
    private static final byte[] DOCUMENT = "{}".getBytes(StandardCharsets.UTF_8);

    private FindingRepository findings() {
        return database().findings();
    }

    private static StoredFinding finding(String id, String type, String sku, String impact) {
        return finding(id, type, sku, impact, "high", "HARDWARE");
    }

    private static StoredFinding finding(
            String id, String type, String sku, String impact, String severity, String department) {
        return new StoredFinding(
                id,
                "g" + type.substring(0, 3).toLowerCase(java.util.Locale.ROOT),
                "sentinel",
                type,
                severity,
                sku,
                "Item " + sku,
                Optional.of(department),
                Optional.of("Fasteners"),
                Optional.of("ACME"),
                new BigDecimal(impact),
                Double.parseDouble(impact),
                new BigDecimal("10.00"),
                0.9,
                Math.log(1 + Double.parseDouble(impact)),
                "{\"finding_id\":\"" + id + "\",\"sku\":\"" + sku + "\"}");
    }

    /** An analysis of {@code store} on {@code asOf}, stored with these findings; {@code skusPresent} as uploaded. */
    private AnalysisRecord analyse(
            Store store, Instant at, LocalDate asOf, List<StoredFinding> rows, Set<String> skusPresent) {
        AnalysisRecord record = new AnalysisRecord(
                Ids.newId(at),
                store.orgId(),
                store.id(),
                "Count " + asOf,
                "inventory.csv",
                AnalysisStatus.SUCCEEDED,
                asOf,
                at,
                at,
                Ids.newId(),
                "sentinel",
                "2.0.0",
                "standard",
                100,
                rows.size(),
                BigDecimal.ZERO);
        List<StoredGroup> groups = rows.stream()
                .map(StoredFinding::groupId)
                .distinct()
                .map(group -> new StoredGroup(
                        group,
                        rows.stream()
                                .filter(row -> row.groupId().equals(group))
                                .findFirst()
                                .orElseThrow()
                                .leakType(),
                        rows.stream().filter(row -> row.groupId().equals(group)).count(),
                        rows.stream()
                                .filter(row -> row.groupId().equals(group))
                                .map(StoredFinding::severity)
                                .max(java.util.Comparator.comparing(SEVERITIES::indexOf))
                                .orElseThrow(),
                        new BigDecimal("100.00"),
                        BigDecimal.ZERO,
                        group.equals("gdea") ? 2.5 : 1.5,
                        "{\"group_id\":\"" + group + "\"}"))
                .toList();
        database()
                .analyses()
                .insert(
                        record,
                        DOCUMENT,
                        DOCUMENT,
                        new FindingSnapshot(rows, groups, true, skusPresent, Set.of(), 0.25));
        return record;
    }

    private static Acknowledgement acknowledgement(String impact, Optional<LocalDate> until) {
        return new Acknowledgement(
                Ids.newId(),
                "Pat Manager",
                T0,
                AcknowledgementReason.EXPECTED,
                Optional.of("seasonal"),
                until,
                new BigDecimal(impact));
    }

    private FindingState state(Organization org, String id) {
        return findings().find(wholeOrg(org), id).orElseThrow().state();
    }

    @Test
    void acknowledgementsSurviveReuploadsUntilWorsenedOrSnoozeEndsAndAbsentFindingsResolve() {
        // workflows.md §10 ACCEPTANCE
        Organization org = newOrg("Triage");
        Store store = newStore(org, "Main");
        String f = "f000000000000001";
        analyse(store, T0, LocalDate.of(2026, 3, 1), List.of(finding(f, "DEAD_STOCK", "A1", "400.00")), Set.of());
        findings().acknowledge(wholeOrg(org), f, acknowledgement("400.00", Optional.empty()));

        analyse(
                store,
                T0.plus(Duration.ofDays(1)),
                LocalDate.of(2026, 3, 2),
                List.of(finding(f, "DEAD_STOCK", "A1", "480.00")),
                Set.of("A1"));
        assertThat(state(org, f).status()).isEqualTo(FindingStatus.ACKNOWLEDGED);

        analyse(
                store,
                T0.plus(Duration.ofDays(2)),
                LocalDate.of(2026, 3, 3),
                List.of(finding(f, "DEAD_STOCK", "A1", "520.00")),
                Set.of("A1"));
        FindingState worsened = state(org, f);
        assertThat(worsened.status()).isEqualTo(FindingStatus.ACTIVE);
        assertThat(worsened.reactivatedReason()).contains("worsened");
        assertThat(worsened.acknowledgement()).isEmpty();
        assertThat(worsened.timesSeen()).isEqualTo(3);

        findings().acknowledge(wholeOrg(org), f, acknowledgement("520.00", Optional.of(LocalDate.of(2026, 3, 10))));
        analyse(
                store,
                T0.plus(Duration.ofDays(3)),
                LocalDate.of(2026, 3, 10),
                List.of(finding(f, "DEAD_STOCK", "A1", "520.00")),
                Set.of("A1"));
        assertThat(state(org, f).status()).isEqualTo(FindingStatus.ACKNOWLEDGED);
        analyse(
                store,
                T0.plus(Duration.ofDays(4)),
                LocalDate.of(2026, 3, 11),
                List.of(finding(f, "DEAD_STOCK", "A1", "520.00")),
                Set.of("A1"));
        FindingState snoozeEnded = state(org, f);
        assertThat(snoozeEnded.status()).isEqualTo(FindingStatus.ACTIVE);
        assertThat(snoozeEnded.reactivatedReason()).contains("snooze_ended");

        AnalysisRecord withoutF = analyse(
                store,
                T0.plus(Duration.ofDays(5)),
                LocalDate.of(2026, 3, 12),
                List.of(finding("f000000000000002", "ZERO_COST", "B2", "50.00")),
                Set.of("A1"));
        assertThat(state(org, f).status()).isEqualTo(FindingStatus.RESOLVED);
        assertThat(state(org, f).lastAnalysisId()).isNotEqualTo(withoutF.id());

        analyse(
                store,
                T0.plus(Duration.ofDays(6)),
                LocalDate.of(2026, 3, 13),
                List.of(finding("f000000000000002", "ZERO_COST", "B2", "50.00")),
                Set.of());
        assertThat(state(org, f).status()).isEqualTo(FindingStatus.RESOLVED);

        analyse(
                store,
                T0.plus(Duration.ofDays(7)),
                LocalDate.of(2026, 3, 14),
                List.of(finding(f, "DEAD_STOCK", "A1", "520.00")),
                Set.of("A1"));
        assertThat(state(org, f).status()).isEqualTo(FindingStatus.ACTIVE);
        assertThat(state(org, f).reactivatedReason()).contains("reappeared");
    }

    @Test
    void anOpenFindingWhoseSkuIsMissingFromThePartialUploadKeepsItsStatus() {
        Organization org = newOrg("Partial");
        Store store = newStore(org, "Main");
        String f = "f000000000000011";
        analyse(store, T0, LocalDate.of(2026, 3, 1), List.of(finding(f, "DEAD_STOCK", "A1", "40.00")), Set.of());
        findings().acknowledge(wholeOrg(org), f, acknowledgement("40.00", Optional.empty()));

        analyse(store, T0.plus(Duration.ofDays(1)), LocalDate.of(2026, 3, 2), List.of(), Set.of());

        assertThat(state(org, f).status()).isEqualTo(FindingStatus.ACKNOWLEDGED);
    }

    @Test
    void anAnalysisKeepsTheOpenFindingSkusItsUploadLackedAndItsLinesForComparisons() {
        Organization org = newOrg("Absent");
        Organization other = newOrg("Absent other");
        Store store = newStore(org, "Main");
        AnalysisRecord record = new AnalysisRecord(
                Ids.newId(T0),
                store.orgId(),
                store.id(),
                "Partial count",
                "inventory.csv",
                AnalysisStatus.SUCCEEDED,
                LocalDate.of(2026, 3, 1),
                T0,
                T0,
                Ids.newId(),
                "sentinel",
                "2.0.0",
                "standard",
                10,
                1,
                BigDecimal.ZERO);
        database()
                .analyses()
                .insert(
                        record,
                        DOCUMENT,
                        DOCUMENT,
                        new FindingSnapshot(
                                List.of(finding("f000000000000061", "ZERO_COST", "B", "12.50")),
                                List.of(),
                                true,
                                Set.of(),
                                Set.of("A-1", "C-3"),
                                0.25));

        assertThat(findings().absentSkus(wholeOrg(org), record.id())).containsExactlyInAnyOrder("A-1", "C-3");
        assertThat(findings().absentSkus(wholeOrg(other), record.id())).isEmpty();
        assertThat(findings().lines(wholeOrg(org), record.id()))
                .extracting(line -> line.findingId() + " " + line.sku() + " " + line.annualProfitAtRisk())
                .containsExactly("f000000000000061 B 12.50");
        assertThat(findings().lines(wholeOrg(other), record.id())).isEmpty();

        assertThat(database().analyses().delete(wholeOrg(org), record.id())).isTrue();
        assertThat(findings().absentSkus(wholeOrg(org), record.id())).isEmpty();
        assertThat(findings().lines(wholeOrg(org), record.id())).isEmpty();
    }

    @Test
    void theHeadlineTotalCountsEachSkuOnceAtItsLargestFinding() {
        Organization org = newOrg("Dedup");
        Store store = newStore(org, "Main");
        analyse(
                store,
                T0,
                LocalDate.of(2026, 3, 1),
                List.of(
                        finding("f000000000000071", "DEAD_STOCK", "A", "300.00"),
                        finding("f000000000000072", "OVERSTOCK", "A", "120.25"),
                        finding("f000000000000073", "ZERO_COST", "B", "25.50")),
                Set.of());

        assertThat(findings().deduplicatedImpact(wholeOrg(org), FindingQuery.defaults()))
                .isEqualByComparingTo("325.50");
        FindingPage page = findings().list(wholeOrg(org), FindingQuery.defaults());
        assertThat(page.annualProfitAtRisk()).isEqualByComparingTo("445.75");
        assertThat(page.figures().get("leak_type").get("DEAD_STOCK").largest()).isEqualByComparingTo("300.00");
        assertThat(findings().deduplicatedImpact(wholeOrg(newOrg("Dedup other")), FindingQuery.defaults()))
                .isEqualByComparingTo("0");
    }

    @Test
    void theListCoversTheLatestAnalysisOfEachStoreWithFiltersTotalsAndFacets() {
        Organization org = newOrg("Lists");
        Store main = newStore(org, "Main");
        Store north = newStore(org, "North");
        analyse(
                main,
                T0,
                LocalDate.of(2026, 3, 1),
                List.of(finding("f000000000000021", "DEAD_STOCK", "OLD", "999.00")),
                Set.of());
        analyse(
                main,
                T0.plus(Duration.ofDays(1)),
                LocalDate.of(2026, 3, 2),
                List.of(
                        finding("f000000000000022", "DEAD_STOCK", "A-1", "300.00", "high", "PAINT"),
                        finding("f000000000000023", "ZERO_COST", "B_2", "25.50", "medium", "HARDWARE"),
                        finding("f000000000000024", "DEAD_STOCK", "C-3", "120.25", "high", "PAINT")),
                Set.of());
        analyse(
                north,
                T0.plus(Duration.ofDays(1)),
                LocalDate.of(2026, 3, 2),
                List.of(finding("f000000000000025", "BELOW_COST", "D-4", "80.00", "critical", "TOOLS")),
                Set.of());

        FindingPage all = findings().list(wholeOrg(org), FindingQuery.defaults());

        assertThat(all.page().items())
                .extracting(view -> view.finding().findingId())
                .containsExactly("f000000000000022", "f000000000000024", "f000000000000025", "f000000000000023");
        assertThat(all.page().total()).isEqualTo(4);
        assertThat(all.annualProfitAtRisk()).isEqualByComparingTo("525.75");
        assertThat(all.capitalTiedUp()).isEqualByComparingTo("40.00");
        assertThat(all.facets().get("leak_type"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("DEAD_STOCK", 2L, "ZERO_COST", 1L, "BELOW_COST", 1L));
        assertThat(all.facets().get("department"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("PAINT", 2L, "HARDWARE", 1L, "TOOLS", 1L));

        FindingPage filtered = findings()
                .list(
                        wholeOrg(org),
                        new FindingQuery(
                                Optional.of(main.id()),
                                Optional.empty(),
                                Set.of(FindingStatus.ACTIVE),
                                Set.of("DEAD_STOCK", "ZERO_COST"),
                                Set.of(),
                                Optional.of("paint"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(new BigDecimal("100")),
                                Optional.of("c-"),
                                FindingQuery.Sort.SKU,
                                false,
                                1,
                                20));
        assertThat(filtered.page().items())
                .extracting(view -> view.finding().sku())
                .containsExactly("C-3");

        FindingPage underscore =
                findings().list(wholeOrg(org), FindingQuery.defaults().withText("_"));
        assertThat(underscore.page().items())
                .extracting(view -> view.finding().sku())
                .containsExactly("B_2");

        FindingPage second =
                findings().list(wholeOrg(org), FindingQuery.defaults().withPage(2, 3));
        assertThat(second.page().items()).hasSize(1);
        assertThat(second.page().totalPages()).isEqualTo(2);

        assertThat(findings()
                        .list(storesOnly(org, north), FindingQuery.defaults())
                        .page()
                        .items())
                .extracting(view -> view.finding().findingId())
                .containsExactly("f000000000000025");
    }

    @Test
    void acknowledgedAndResolvedFindingsLeaveTheActiveListAndRestoreBringsThemBack() {
        Organization org = newOrg("States");
        Store store = newStore(org, "Main");
        analyse(
                store,
                T0,
                LocalDate.of(2026, 3, 1),
                List.of(
                        finding("f000000000000031", "DEAD_STOCK", "A", "10.00"),
                        finding("f000000000000032", "DEAD_STOCK", "B", "20.00")),
                Set.of());
        analyse(
                store,
                T0.plus(Duration.ofDays(1)),
                LocalDate.of(2026, 3, 2),
                List.of(finding("f000000000000031", "DEAD_STOCK", "A", "10.00")),
                Set.of("A", "B"));
        findings().acknowledge(wholeOrg(org), "f000000000000031", acknowledgement("10.00", Optional.empty()));

        assertThat(findings()
                        .list(wholeOrg(org), FindingQuery.defaults())
                        .page()
                        .total())
                .isZero();
        assertThat(ids(findings()
                        .list(
                                wholeOrg(org),
                                FindingQuery.defaults().withStatuses(EnumSet.of(FindingStatus.ACKNOWLEDGED)))))
                .containsExactly("f000000000000031");
        assertThat(ids(findings()
                        .list(wholeOrg(org), FindingQuery.defaults().withStatuses(EnumSet.of(FindingStatus.RESOLVED)))))
                .containsExactly("f000000000000032");
        assertThat(ids(findings()
                        .list(wholeOrg(org), FindingQuery.defaults().withStatuses(EnumSet.allOf(FindingStatus.class)))))
                .containsExactly("f000000000000032", "f000000000000031");

        FindingState restored =
                findings().restore(wholeOrg(org), "f000000000000031").orElseThrow();
        assertThat(restored.status()).isEqualTo(FindingStatus.ACTIVE);
        assertThat(restored.acknowledgement()).isEmpty();
        assertThat(findings()
                        .restore(wholeOrg(org), "f000000000000031")
                        .orElseThrow()
                        .status())
                .isEqualTo(FindingStatus.ACTIVE);
        assertThat(ids(findings().list(wholeOrg(org), FindingQuery.defaults()))).containsExactly("f000000000000031");
    }

    @Test
    void anotherOrgOrAStoreOutOfScopeNeitherSeesNorAcknowledges() {
        Organization org = newOrg("Owner org");
        Organization other = newOrg("Other org");
        Store store = newStore(org, "Main");
        Store elsewhere = newStore(org, "Elsewhere");
        analyse(
                store,
                T0,
                LocalDate.of(2026, 3, 1),
                List.of(finding("f000000000000041", "DEAD_STOCK", "A", "10.00")),
                Set.of());

        assertThat(findings().find(wholeOrg(other), "f000000000000041")).isEmpty();
        assertThat(findings().find(storesOnly(org, elsewhere), "f000000000000041"))
                .isEmpty();
        assertThat(findings()
                        .acknowledge(wholeOrg(other), "f000000000000041", acknowledgement("10.00", Optional.empty())))
                .isEmpty();
        assertThat(findings()
                        .list(wholeOrg(other), FindingQuery.defaults())
                        .page()
                        .total())
                .isZero();
        assertThat(findings().history(wholeOrg(other), "f000000000000041", 12)).isEmpty();
        assertThat(findings().group(wholeOrg(other), "gdea")).isEmpty();
        assertThat(findings()
                        .groups(wholeOrg(other), Optional.empty(), Optional.empty(), 1, 20)
                        .total())
                .isZero();
        assertThat(state(org, "f000000000000041").status()).isEqualTo(FindingStatus.ACTIVE);
    }

    @Test
    void historyGroupsAndMembersComeFromTheStoredAnalyses() {
        Organization org = newOrg("History");
        Store store = newStore(org, "Main");
        AnalysisRecord first = analyse(
                store,
                T0,
                LocalDate.of(2026, 3, 1),
                List.of(finding("f000000000000051", "DEAD_STOCK", "A", "10.00")),
                Set.of());
        AnalysisRecord second = analyse(
                store,
                T0.plus(Duration.ofDays(1)),
                LocalDate.of(2026, 3, 2),
                List.of(
                        finding("f000000000000051", "DEAD_STOCK", "A", "12.00", "critical", "PAINT"),
                        finding("f000000000000052", "DEAD_STOCK", "B", "30.00", "low", "PAINT"),
                        finding("f000000000000053", "ZERO_COST", "C", "5.00")),
                Set.of());

        assertThat(findings().history(wholeOrg(org), "f000000000000051", 12))
                .extracting(entry -> entry.analysisId() + " " + entry.annualProfitAtRisk())
                .containsExactly(second.id() + " 12.00", first.id() + " 10.00");
        FindingView latest = findings().find(wholeOrg(org), "f000000000000051").orElseThrow();
        assertThat(latest.analysisId()).isEqualTo(second.id());
        assertThat(latest.state().firstSeenAt()).isEqualTo(T0);
        assertThat(latest.state().timesSeen()).isEqualTo(2);

        Page<GroupView> groups = findings().groups(wholeOrg(org), Optional.empty(), Optional.empty(), 1, 20);
        assertThat(groups.items())
                .extracting(group -> group.group().groupId() + " " + group.severity() + " " + group.activeFindings())
                .containsExactly("gdea critical 2", "gzer high 1");
        GroupView dead = findings().group(wholeOrg(org), "gdea").orElseThrow();
        assertThat(dead.analysisId()).isEqualTo(second.id());
        assertThat(findings().members(wholeOrg(org), dead, 1))
                .extracting(view -> view.finding().findingId())
                .containsExactly("f000000000000052");
        assertThat(findings().openSkus(wholeOrg(org), store.id(), "sentinel")).containsExactlyInAnyOrder("A", "B", "C");

        assertThat(database().analyses().delete(wholeOrg(org), second.id())).isTrue();
        assertThat(findings()
                        .find(wholeOrg(org), "f000000000000051")
                        .orElseThrow()
                        .analysisId())
                .isEqualTo(first.id());
        assertThat(findings().find(wholeOrg(org), "f000000000000052")).isEmpty();
    }

    private static List<String> ids(FindingPage page) {
        List<String> ids = new ArrayList<>();
        for (FindingView view : page.page().items()) {
            ids.add(view.finding().findingId());
        }
        return ids;
    }
}
