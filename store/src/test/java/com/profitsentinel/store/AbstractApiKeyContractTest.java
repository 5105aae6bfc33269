package com.profitsentinel.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.app.apikey.ApiKey;
import com.profitsentinel.app.apikey.ApiKeyRepository;
import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.tenant.Organization;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The API key contract, run against each database. */
abstract class AbstractApiKeyContractTest extends StoreContract {
    static ApiKey key(Organization org, String secret) {
        return new ApiKey(
                ApiKey.idOf(secret),
                org.id(),
                Ids.newId(),
                "Integration",
                "ps_live_",
                secret.substring(secret.length() - 4),
                Set.of("analyses:read", "findings:read"),
                T0,
                Optional.of(T0.plus(Duration.ofDays(30))),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void aKeyIsFoundByItsSecretsHashOnlyAndListedInItsOrgOnly() {
        ApiKeyRepository keys = database().apiKeys();
        Organization org = newOrg("Keys");
        Organization other = newOrg("Other keys");
        String secret = "ps_live_" + Ids.randomHex(24);
        ApiKey key = key(org, secret);

        keys.insert(key, ApiKey.hash(secret));

        assertThat(keys.bySecretHash(ApiKey.hash(secret))).contains(key);
        assertThat(keys.bySecretHash(ApiKey.hash(secret + "x"))).isEmpty();
        assertThat(keys.list(wholeOrg(org))).containsExactly(key);
        assertThat(keys.list(wholeOrg(other))).isEmpty();
    }

    @Test
    void revocationIsScopedToTheOrgAndKeepsTheFirstInstant() {
        ApiKeyRepository keys = database().apiKeys();
        Organization org = newOrg("Revoking");
        String secret = "ps_live_" + Ids.randomHex(24);
        ApiKey key = key(org, secret);
        keys.insert(key, ApiKey.hash(secret));

        assertThat(keys.revoke(wholeOrg(newOrg("Intruder")), key.keyId(), T0)).isFalse();
        assertThat(keys.bySecretHash(ApiKey.hash(secret)).orElseThrow().revokedAt())
                .isEmpty();
        assertThat(keys.revoke(wholeOrg(org), key.keyId(), T0.plusSeconds(60))).isTrue();
        assertThat(keys.revoke(wholeOrg(org), key.keyId(), T0.plusSeconds(120))).isTrue();
        keys.touch(key.keyId(), T0.plusSeconds(180));

        ApiKey stored = keys.bySecretHash(ApiKey.hash(secret)).orElseThrow();
        assertThat(stored.revokedAt()).contains(T0.plusSeconds(60));
        assertThat(stored.lastUsedAt()).contains(T0.plusSeconds(180));
    }
}
