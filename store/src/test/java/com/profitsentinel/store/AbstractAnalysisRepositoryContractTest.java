package com.profitsentinel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.app.history.AnalysisRecord;
import com.profitsentinel.app.history.AnalysisRepository;
import com.profitsentinel.app.history.Page;
import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.tenant.Tenant;
import com.profitsentinel.app.tenant.Tier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The {@link AnalysisRepository} contract, run against every database. */
abstract class AbstractAnalysisRepositoryContractTest extends StoreContract {
    private static final byte[] RESULT = "{\"engine\":\"sentinel\",\"findings\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LEGACY = "{\"leaks\":{}}".getBytes(StandardCharsets.UTF_8);

    private AnalysisRepository analyses() {
        return database().analyses();
    }

    @Test
    void insertedAnalysisIsFoundWithItsDocuments() {
        Organization org = newOrg("Analyses");
        Store store = newStore(org, "Main");
        AnalysisRecord analysis = analysis(store, T0);

        analyses().insert(analysis, RESULT, LEGACY);

        assertThat(analyses().find(wholeOrg(org), analysis.id())).contains(analysis);
        assertThat(analyses().resultDocument(wholeOrg(org), analysis.id())).hasValue(RESULT);
        assertThat(analyses().legacyDocument(wholeOrg(org), analysis.id())).hasValue(LEGACY);
        assertThat(analyses().find(wholeOrg(org), Ids.newId())).isEmpty();
        assertThat(analyses().resultDocument(wholeOrg(org), Ids.newId())).isEmpty();
    }

    @Test
    void purgingDeletesOnlyOldAnalysesOfOrgsOnTheTier() {
        Organization free = database().directory().createOrganization("Free purge", Tier.FREE);
        Organization pro = newOrg("Pro purge");
        Store freeStore = newStore(free, "Main");
        Store proStore = newStore(pro, "Main");
        AnalysisRecord old = analysis(freeStore, T0.minus(java.time.Duration.ofDays(91)));
        AnalysisRecord recent = analysis(freeStore, T0);
        AnalysisRecord oldPro = analysis(proStore, T0.minus(java.time.Duration.ofDays(91)));
        analyses().insert(old, RESULT, LEGACY);
        analyses().insert(recent, RESULT, LEGACY);
        analyses().insert(oldPro, RESULT, LEGACY);

        assertThat(analyses().purge(Tier.FREE, T0.minus(java.time.Duration.ofDays(90))))
                .isEqualTo(1);

        assertThat(analyses().find(wholeOrg(free), old.id())).isEmpty();
        assertThat(analyses().resultDocument(wholeOrg(free), old.id())).isEmpty();
        assertThat(analyses().find(wholeOrg(free), recent.id())).isPresent();
        assertThat(analyses().find(wholeOrg(pro), oldPro.id())).isPresent();
    }

    @Test
    void moneyIsKeptToTheCent() {
        Organization org = newOrg("Money");
        Store store = newStore(org, "Main");
        AnalysisRecord base = analysis(store, T0);
        AnalysisRecord large = withMoney(base, new BigDecimal("999999999999.99"));
        AnalysisRecord unrounded = withMoney(analysis(store, T0), new BigDecimal("10.125"));
        AnalysisRecord zero = withMoney(analysis(store, T0), new BigDecimal("0.00"));

        analyses().insert(large, RESULT, LEGACY);
        analyses().insert(unrounded, RESULT, LEGACY);
        analyses().insert(zero, RESULT, LEGACY);

        assertThat(analyses().find(wholeOrg(org), large.id())).contains(large);
        assertThat(analyses().find(wholeOrg(org), unrounded.id()).orElseThrow().annualProfitAtRisk())
                .isEqualTo(new BigDecimal("10.12"));
        assertThat(analyses().find(wholeOrg(org), zero.id())).contains(zero);
    }

    @Test
    void documentsRoundTripByteExact() {
        Organization org = newOrg("Bytes");
        Store store = newStore(org, "Main");
        AnalysisRecord analysis = analysis(store, T0);
        byte[] result = new byte[70_000];
        new SplittableRandom(7).nextBytes(result);
        byte[] legacy = "{\"name\":\"Café ☕ 𝄞 \\u0000\"}".getBytes(StandardCharsets.UTF_8);

        analyses().insert(analysis, result, legacy);

        assertThat(analyses().resultDocument(wholeOrg(org), analysis.id()))
                .hasValueSatisfying(stored -> assertThat(stored).isEqualTo(result));
        assertThat(analyses().legacyDocument(wholeOrg(org), analysis.id())).hasValue(legacy);
    }

    @Test
    void emptyDocumentsRoundTrip() {
        Organization org = newOrg("Empty");
        Store store = newStore(org, "Main");
        AnalysisRecord analysis = analysis(store, T0);

        analyses().insert(analysis, new byte[0], new byte[0]);

        assertThat(analyses().resultDocument(wholeOrg(org), analysis.id())).hasValue(new byte[0]);
        assertThat(analyses().legacyDocument(wholeOrg(org), analysis.id())).hasValue(new byte[0]);
    }

    @Test
    void documentsOfAFullSizeResultRoundTrip() {
        Organization org = newOrg("Large");
        Store store = newStore(org, "Main");
        AnalysisRecord analysis = analysis(store, T0);
        byte[] result = JsonDocuments.nativeResult(36_452);
        byte[] legacy = JsonDocuments.legacyResult(36_452);
        assertThat(result.length).isGreaterThan(8_000_000);

        analyses().insert(analysis, result, legacy);

        byte[] storedResult =
                analyses().resultDocument(wholeOrg(org), analysis.id()).orElseThrow();
        assertThat(storedResult.length).isEqualTo(result.length);
        assertThat(storedResult).isEqualTo(result);
        assertThat(analyses().legacyDocument(wholeOrg(org), analysis.id()).orElseThrow())
                .isEqualTo(legacy);
    }

    @Test
    void manyLargeDocumentsRoundTrip() {
        Organization org = newOrg("Many large");
        Store store = newStore(org, "Main");
        // incompressible, so each row carries 3 MB (H2 once failed to read rows of 2 MB back)
        SplittableRandom random = new SplittableRandom(3);
        List<AnalysisRecord> inserted = new ArrayList<>();
        List<byte[]> documents = new ArrayList<>();
        for (int index = 0; index < 8; index++) {
            AnalysisRecord analysis = analysis(store, T0.plusSeconds(index));
            byte[] document = new byte[3_000_000];
            random.nextBytes(document);
            analyses().insert(analysis, document, LEGACY);
            inserted.add(analysis);
            documents.add(document);
        }

        for (int index = 0; index < inserted.size(); index++) {
            assertThat(analyses()
                            .resultDocument(wholeOrg(org), inserted.get(index).id())
                            .orElseThrow())
                    .isEqualTo(documents.get(index));
        }
        assertThat(analyses().list(wholeOrg(org), Optional.empty(), 1, 20).total())
                .isEqualTo(8);
    }

    @Test
    void anotherOrgNeverSeesAnAnalysis() {
        Organization orgA = newOrg("A");
        Organization orgB = newOrg("B");
        Store storeA = newStore(orgA, "A");
        Store storeB = newStore(orgB, "B");
        AnalysisRecord analysis = analysis(storeA, T0);
        analyses().insert(analysis, RESULT, LEGACY);
        analyses().insert(analysis(storeB, T0), RESULT, LEGACY);
        Tenant orgBTenant = wholeOrg(orgB);

        assertThat(analyses().find(orgBTenant, analysis.id())).isEmpty();
        assertThat(analyses().resultDocument(orgBTenant, analysis.id())).isEmpty();
        assertThat(analyses().legacyDocument(orgBTenant, analysis.id())).isEmpty();
        assertThat(analyses().list(orgBTenant, Optional.empty(), 1, 100).items())
                .extracting(AnalysisRecord::orgId)
                .containsOnly(orgB.id());
        Page<AnalysisRecord> foreignStore = analyses().list(orgBTenant, Optional.of(storeA.id()), 1, 100);
        assertThat(foreignStore.items()).isEmpty();
        assertThat(foreignStore.total()).isZero();
        assertThat(analyses().find(storesOnly(orgB, storeA), analysis.id())).isEmpty();
    }

    @Test
    void renameOrDeleteOfAForeignAnalysisReturnsFalseAndChangesNothing() {
        Organization orgA = newOrg("A");
        Organization orgB = newOrg("B");
        Store storeA = newStore(orgA, "A");
        Store otherStoreA = newStore(orgA, "A2");
        AnalysisRecord analysis = analysis(storeA, T0);
        analyses().insert(analysis, RESULT, LEGACY);

        assertThat(analyses().rename(wholeOrg(orgB), analysis.id(), "Mine now")).isFalse();
        assertThat(analyses().delete(wholeOrg(orgB), analysis.id())).isFalse();
        assertThat(analyses().rename(storesOnly(orgA, otherStoreA), analysis.id(), "Mine now"))
                .isFalse();
        assertThat(analyses().delete(storesOnly(orgA, otherStoreA), analysis.id()))
                .isFalse();
        assertThat(analyses().rename(wholeOrg(orgA), Ids.newId(), "Missing")).isFalse();
        assertThat(analyses().delete(wholeOrg(orgA), Ids.newId())).isFalse();

        assertThat(analyses().find(wholeOrg(orgA), analysis.id())).contains(analysis);
        assertThat(analyses().resultDocument(wholeOrg(orgA), analysis.id())).hasValue(RESULT);
    }

    @Test
    void renameChangesOnlyTheLabel() {
        Organization org = newOrg("Rename");
        Store store = newStore(org, "Main");
        AnalysisRecord analysis = analysis(store, T0);
        analyses().insert(analysis, RESULT, LEGACY);

        assertThat(analyses().rename(storesOnly(org, store), analysis.id(), "Before the audit"))
                .isTrue();

        assertThat(analyses().find(wholeOrg(org), analysis.id())).contains(analysis.withLabel("Before the audit"));
    }

    @Test
    void renameToAnInvalidLabelIsRefused() {
        Organization org = newOrg("Invalid label");
        Store store = newStore(org, "Main");
        AnalysisRecord analysis = analysis(store, T0);
        analyses().insert(analysis, RESULT, LEGACY);

        assertThatThrownBy(() -> analyses().rename(wholeOrg(org), analysis.id(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analyses().rename(wholeOrg(org), analysis.id(), "x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(analyses().find(wholeOrg(org), analysis.id())).contains(analysis);
    }

    @Test
    void deleteRemovesTheAnalysisAndItsDocuments() {
        Organization org = newOrg("Delete");
        Store store = newStore(org, "Main");
        AnalysisRecord deleted = analysis(store, T0);
        AnalysisRecord kept = analysis(store, T0.plusSeconds(1));
        analyses().insert(deleted, RESULT, LEGACY);
        analyses().insert(kept, RESULT, LEGACY);

        assertThat(analyses().delete(storesOnly(org, store), deleted.id())).isTrue();

        assertThat(analyses().find(wholeOrg(org), deleted.id())).isEmpty();
        assertThat(analyses().resultDocument(wholeOrg(org), deleted.id())).isEmpty();
        assertThat(analyses().legacyDocument(wholeOrg(org), deleted.id())).isEmpty();
        assertThat(analyses().delete(wholeOrg(org), deleted.id())).isFalse();
        assertThat(analyses().list(wholeOrg(org), Optional.empty(), 1, 20).items())
                .containsExactly(kept);
    }

    @Test
    void listIsNewestFirstWithTiesByIdAndCountsEveryPage() {
        Organization org = newOrg("Pages");
        Store store = newStore(org, "Main");
        List<AnalysisRecord> inserted = new ArrayList<>();
        for (int index = 0; index < 23; index++) {
            // pairs share a creation time, so ties must be broken by id
            AnalysisRecord analysis = analysis(store, T0.plus(Duration.ofMinutes(index / 2)), Ids.newId());
            inserted.add(analysis);
        }
        for (AnalysisRecord analysis : inserted.reversed()) {
            analyses().insert(analysis, RESULT, LEGACY);
        }
        List<AnalysisRecord> expected = inserted.stream()
                .sorted(Comparator.comparing(AnalysisRecord::createdAt)
                        .reversed()
                        .thenComparing(AnalysisRecord::id))
                .toList();

        Page<AnalysisRecord> first = analyses().list(wholeOrg(org), Optional.empty(), 1, 10);
        Page<AnalysisRecord> second = analyses().list(wholeOrg(org), Optional.empty(), 2, 10);
        Page<AnalysisRecord> third = analyses().list(wholeOrg(org), Optional.empty(), 3, 10);
        Page<AnalysisRecord> beyond = analyses().list(wholeOrg(org), Optional.empty(), 4, 10);

        assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 10));
        assertThat(second.items()).containsExactlyElementsOf(expected.subList(10, 20));
        assertThat(third.items()).containsExactlyElementsOf(expected.subList(20, 23));
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first, second, third, beyond)).allSatisfy(page -> {
            assertThat(page.total()).isEqualTo(23);
            assertThat(page.totalPages()).isEqualTo(3);
            assertThat(page.pageSize()).isEqualTo(10);
        });
        assertThat(third.page()).isEqualTo(3);
    }

    @Test
    void listIsLimitedToTheTenantsStoresAndTheChosenStore() {
        Organization org = newOrg("Store lists");
        Store north = newStore(org, "North");
        Store south = newStore(org, "South");
        AnalysisRecord northOld = analysis(north, T0);
        AnalysisRecord northNew = analysis(north, T0.plusSeconds(60));
        AnalysisRecord southMid = analysis(south, T0.plusSeconds(30));
        for (AnalysisRecord analysis : List.of(northOld, northNew, southMid)) {
            analyses().insert(analysis, RESULT, LEGACY);
        }

        assertThat(analyses().list(wholeOrg(org), Optional.empty(), 1, 20).items())
                .containsExactly(northNew, southMid, northOld);
        assertThat(analyses().list(wholeOrg(org), Optional.of(south.id()), 1, 20))
                .satisfies(page -> {
                    assertThat(page.items()).containsExactly(southMid);
                    assertThat(page.total()).isEqualTo(1);
                });
        Page<AnalysisRecord> northOnly = analyses().list(storesOnly(org, north), Optional.empty(), 1, 20);
        assertThat(northOnly.items()).containsExactly(northNew, northOld);
        assertThat(northOnly.total()).isEqualTo(2);
        assertThat(analyses()
                        .list(storesOnly(org, north), Optional.of(south.id()), 1, 20)
                        .total())
                .isZero();
        assertThat(analyses().list(storesOnly(org), Optional.empty(), 1, 20).total())
                .isZero();
        assertThat(analyses().find(storesOnly(org, north), southMid.id())).isEmpty();
        assertThat(analyses().resultDocument(storesOnly(org, north), southMid.id()))
                .isEmpty();
    }

    @Test
    void listOfAnOrgWithoutAnalysesIsOneEmptyPage() {
        Organization org = newOrg("Nothing yet");

        Page<AnalysisRecord> page = analyses().list(wholeOrg(org), Optional.empty(), 1, 20);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.totalPages()).isEqualTo(1);
    }

    @Test
    void invalidPageOrPageSizeIsRefused() {
        Organization org = newOrg("Bad pages");

        assertThatThrownBy(() -> analyses().list(wholeOrg(org), Optional.empty(), 0, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page must be at least 1: 0");
        assertThatThrownBy(() -> analyses().list(wholeOrg(org), Optional.empty(), 1, 101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page_size must be 1-100: 101");
    }

    @Test
    void analysisForAStoreOfAnotherOrgIsRefused() {
        Organization orgA = newOrg("A");
        Organization orgB = newOrg("B");
        Store storeA = newStore(orgA, "A");
        AnalysisRecord valid = analysis(storeA, T0);
        AnalysisRecord crossed = new AnalysisRecord(
                valid.id(),
                orgB.id(),
                storeA.id(),
                valid.label(),
                valid.originalFilename(),
                valid.status(),
                valid.asOf(),
                valid.createdAt(),
                valid.completedAt(),
                valid.createdBy(),
                valid.engine(),
                valid.engineVersion(),
                valid.preset(),
                valid.rows(),
                valid.findings(),
                valid.annualProfitAtRisk());

        assertThatThrownBy(() -> analyses().insert(crossed, RESULT, LEGACY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(analyses().find(wholeOrg(orgA), valid.id())).isEmpty();
        assertThat(analyses().find(wholeOrg(orgB), valid.id())).isEmpty();
    }

    private static AnalysisRecord withMoney(AnalysisRecord analysis, BigDecimal amount) {
        return new AnalysisRecord(
                analysis.id(),
                analysis.orgId(),
                analysis.storeId(),
                analysis.label(),
                analysis.originalFilename(),
                analysis.status(),
                analysis.asOf(),
                analysis.createdAt(),
                analysis.completedAt(),
                analysis.createdBy(),
                analysis.engine(),
                analysis.engineVersion(),
                analysis.preset(),
                analysis.rows(),
                analysis.findings(),
                amount);
    }
}
