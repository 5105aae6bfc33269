package com.profitsentinel.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.app.config.ConfigRepository;
import com.profitsentinel.app.config.StoreConfig;
import com.profitsentinel.app.config.StoreContext;
import com.profitsentinel.app.config.WorkflowSettings;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.engine.record.CostBasis;
import com.profitsentinel.engine.rule.Preset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@link ConfigRepository} contract (api.md §5.12), run against every database. */
abstract class AbstractConfigRepositoryContractTest extends StoreContract {
    private ConfigRepository configs() {
        return database().configs();
    }

    private static StoreConfig version(Store store, long version, Map<String, Double> parameters) {
        return new StoreConfig(
                store.id(),
                version,
                Preset.AGGRESSIVE,
                parameters,
                Map.of("Paint", Map.of("margin_floor", 0.30)),
                Map.of("ACME Supply", 14.0),
                new StoreContext("America/Chicago", 2, CostBasis.AVERAGE, "en-US"),
                new WorkflowSettings(0.40, 45, 10, 2.0, 15, 0.5),
                Optional.of(T0),
                Optional.of("user-1"));
    }

    @Test
    void aSavedConfigurationIsReadBackWhole() {
        Organization org = newOrg("Config");
        Store store = newStore(org, "Main");
        assertThat(configs().find(wholeOrg(org), store.id())).isEmpty();
        StoreConfig first = version(store, 1, Map.of("dead_stock_days", 120.0, "min_digest_impact", 75.0));

        assertThat(configs().save(wholeOrg(org), first, 0)).isTrue();

        assertThat(configs().find(wholeOrg(org), store.id())).contains(first);
    }

    @Test
    void aSaveNeedsTheVersionItReplaces() {
        Organization org = newOrg("Versions");
        Store store = newStore(org, "Main");
        configs().save(wholeOrg(org), version(store, 1, Map.of("dead_stock_days", 120.0)), 0);

        assertThat(configs().save(wholeOrg(org), version(store, 1, Map.of()), 0))
                .isFalse();
        assertThat(configs().save(wholeOrg(org), version(store, 3, Map.of()), 2))
                .isFalse();
        StoreConfig second = version(store, 2, Map.of("margin_floor", 0.25));
        assertThat(configs().save(wholeOrg(org), second, 1)).isTrue();

        // the overrides are replaced, not merged
        assertThat(configs().find(wholeOrg(org), store.id())).contains(second);
    }

    @Test
    void anotherOrgOrAStoreOutOfScopeNeitherReadsNorWrites() {
        Organization org = newOrg("Owner");
        Organization other = newOrg("Other");
        Store store = newStore(org, "Main");
        Store elsewhere = newStore(org, "Elsewhere");
        configs().save(wholeOrg(org), version(store, 1, Map.of()), 0);

        assertThat(configs().find(wholeOrg(other), store.id())).isEmpty();
        assertThat(configs().find(storesOnly(org, elsewhere), store.id())).isEmpty();
        assertThat(configs().save(storesOnly(org, elsewhere), version(store, 2, Map.of()), 1))
                .isFalse();
        assertThat(configs().find(wholeOrg(org), store.id()).orElseThrow().version())
                .isEqualTo(1);
    }
}
