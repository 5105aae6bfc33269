package com.profitsentinel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.upload.Upload;
import com.profitsentinel.app.upload.UploadRepository;
import com.profitsentinel.app.upload.UploadStatus;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@link UploadRepository} contract, run against every database. */
abstract class AbstractUploadRepositoryContractTest extends StoreContract {
    private UploadRepository uploads() {
        return database().uploads();
    }

    @Test
    void insertedUploadIsFoundByIdAndByKey() {
        Organization org = newOrg("Uploads");
        Store store = newStore(org, "Main");
        Upload upload = upload(store, T0);

        uploads().insert(upload);

        assertThat(uploads().byId(wholeOrg(org), upload.id())).contains(upload);
        assertThat(uploads().byKey(wholeOrg(org), upload.key())).contains(upload);
        assertThat(uploads().byIdUnscoped(upload.id())).contains(upload);
        assertThat(uploads().byId(wholeOrg(org), Ids.newId())).isEmpty();
        assertThat(uploads().byKey(wholeOrg(org), upload.key() + "x")).isEmpty();
    }

    @Test
    void anotherOrgNeverSeesAnUpload() {
        Organization orgA = newOrg("A");
        Organization orgB = newOrg("B");
        Store storeA = newStore(orgA, "A");
        newStore(orgB, "B");
        Upload upload = upload(storeA, T0);
        uploads().insert(upload);

        assertThat(uploads().byId(wholeOrg(orgB), upload.id())).isEmpty();
        assertThat(uploads().byKey(wholeOrg(orgB), upload.key())).isEmpty();
        assertThat(uploads().byId(storesOnly(orgB, storeA), upload.id())).isEmpty();
    }

    @Test
    void storeScopedTenantSeesOnlyUploadsOfItsStores() {
        Organization org = newOrg("Scoped");
        Store mine = newStore(org, "Mine");
        Store other = newStore(org, "Other");
        Upload myUpload = upload(mine, T0);
        Upload otherUpload = upload(other, T0);
        uploads().insert(myUpload);
        uploads().insert(otherUpload);

        assertThat(uploads().byId(storesOnly(org, mine), myUpload.id())).contains(myUpload);
        assertThat(uploads().byId(storesOnly(org, mine), otherUpload.id())).isEmpty();
        assertThat(uploads().byKey(storesOnly(org, mine), otherUpload.key())).isEmpty();
        assertThat(uploads().byId(storesOnly(org), myUpload.id())).isEmpty();
    }

    @Test
    void uploadForAStoreOfAnotherOrgIsRefused() {
        Organization orgA = newOrg("A");
        Organization orgB = newOrg("B");
        Store storeA = newStore(orgA, "A");
        Upload crossed = new Upload(
                Ids.newId(),
                orgB.id(),
                Ids.newId(),
                storeA.id(),
                "uploads/crossed-" + Ids.newId(),
                "f.csv",
                "f.csv",
                0,
                "",
                UploadStatus.EXPECTED,
                T0,
                T0.plus(Duration.ofHours(1)),
                Optional.empty());

        assertThatThrownBy(() -> uploads().insert(crossed)).isInstanceOf(IllegalArgumentException.class);
        assertThat(uploads().byIdUnscoped(crossed.id())).isEmpty();
    }

    @Test
    void updateReplacesSizeHashAndStatus() {
        Organization org = newOrg("Receiving");
        Store store = newStore(org, "Main");
        Upload expected = upload(store, T0);
        uploads().insert(expected);

        Upload received = expected.received(1_048_576, "ab".repeat(32));
        uploads().update(received);

        assertThat(uploads().byId(wholeOrg(org), expected.id())).contains(received);
    }

    @Test
    void updateOfAnUnknownUploadFails() {
        Organization org = newOrg("Nothing");
        Store store = newStore(org, "Main");

        assertThatThrownBy(() -> uploads().update(upload(store, T0)))
                .isInstanceOfSatisfying(
                        ProfitSentinelException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void markDeletedKeepsTheRecord() {
        Organization org = newOrg("Deleting");
        Store store = newStore(org, "Main");
        Upload upload = upload(store, T0).received(2048, "cd".repeat(32));
        uploads().insert(upload);
        Instant deletedAt = T0.plus(Duration.ofMinutes(5));

        uploads().markDeleted(upload.id(), deletedAt);

        Upload deleted = uploads().byId(wholeOrg(org), upload.id()).orElseThrow();
        assertThat(deleted.status()).isEqualTo(UploadStatus.DELETED);
        assertThat(deleted.deletedAt()).contains(deletedAt);
        assertThat(deleted.filename()).isEqualTo(upload.filename());
        assertThat(deleted.sizeBytes()).isEqualTo(2048);
        assertThat(deleted.sha256()).isEqualTo(upload.sha256());
    }

    @Test
    void markDeletedTwiceKeepsTheFirstTime() {
        Organization org = newOrg("Twice");
        Store store = newStore(org, "Main");
        Upload upload = upload(store, T0);
        uploads().insert(upload);

        uploads().markDeleted(upload.id(), T0.plus(Duration.ofMinutes(1)));
        uploads().markDeleted(upload.id(), T0.plus(Duration.ofMinutes(2)));

        assertThat(uploads().byIdUnscoped(upload.id()).orElseThrow().deletedAt())
                .contains(T0.plus(Duration.ofMinutes(1)));
    }

    @Test
    void dueForDeletionListsUndeletedUploadsPastTheirRetentionOldestFirst() {
        Organization org = newOrg("Retention");
        Store store = newStore(org, "Main");
        Instant now = Instant.parse("2030-01-02T00:00:00Z");
        Upload oldest = upload(store, now.minus(Duration.ofHours(30)));
        Upload older = upload(store, now.minus(Duration.ofHours(25)));
        Upload retainedUntilNow = upload(store, now.minus(Duration.ofHours(24)));
        Upload fresh = upload(store, now.minus(Duration.ofHours(1)));
        Upload alreadyDeleted = upload(store, now.minus(Duration.ofHours(40)));
        for (Upload upload : new Upload[] {fresh, older, alreadyDeleted, retainedUntilNow, oldest}) {
            uploads().insert(upload);
        }
        uploads().markDeleted(alreadyDeleted.id(), now.minus(Duration.ofHours(39)));

        assertThat(uploads().dueForDeletion(now))
                .filteredOn(upload -> upload.orgId().equals(org.id()))
                .containsExactly(oldest, older);
    }

    @Test
    void uploadWithADeletionTimeRoundTrips() {
        Organization org = newOrg("Round trip");
        Store store = newStore(org, "Main");
        Upload base = upload(store, T0);
        Upload deleted = new Upload(
                base.id(),
                base.orgId(),
                base.userId(),
                base.storeId(),
                base.key(),
                base.filename(),
                base.safeFilename(),
                Long.MAX_VALUE,
                "ef".repeat(32),
                UploadStatus.DELETED,
                base.createdAt(),
                base.retainUntil(),
                Optional.of(T0.plus(Duration.ofSeconds(1))));

        uploads().insert(deleted);

        assertThat(uploads().byIdUnscoped(deleted.id())).contains(deleted);
    }
}
