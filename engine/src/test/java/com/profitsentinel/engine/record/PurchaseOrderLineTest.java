package com.profitsentinel.engine.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PurchaseOrderLineTest {
    private static PurchaseOrderLine line(double ordered, double filled, double cost) {
        return new PurchaseOrderLine(
                "po.csv",
                17,
                "31057",
                "4512",
                ItemRecord.NO_DATE,
                PurchaseOrderStatus.INVOICED,
                "Orgill",
                1,
                "0102129",
                "",
                "",
                "",
                "HOSE",
                "",
                "EA",
                Double.NaN,
                ordered,
                filled,
                cost,
                Double.NaN,
                Double.NaN,
                true,
                false,
                false);
    }

    @Test
    void shortQuantityAndValueFollowTheOrgillFormulas() {
        PurchaseOrderLine line = line(4, 0, 9.17);

        assertThat(line.shortQuantity()).isEqualTo(4.0);
        assertThat(line.shortValue()).isEqualTo(36.68);
        assertThat(line.fillRate()).isEqualTo(0.0);
    }

    @Test
    void fillRateIsOneWhenNothingWasOrdered() {
        assertThat(line(0, 0, 1).fillRate()).isEqualTo(1.0);
        assertThat(line(10, Double.NaN, 1).shortQuantity()).isEqualTo(10.0);
        assertThat(line(10, Double.NaN, 1).fillRate()).isEqualTo(0.0);
        assertThat(line(4, 6, 1).shortQuantity()).isEqualTo(0.0);
    }

    @Test
    void orderedQuantityMustBeKnown() {
        assertThatThrownBy(() -> line(Double.NaN, 0, 1)).hasMessageStartingWith("orderedQuantity must be a finite");
    }

    @Test
    void orderedQuantityMustBeFinite() {
        assertThatThrownBy(() -> line(Double.NEGATIVE_INFINITY, 0, 1))
                .hasMessageStartingWith("orderedQuantity must be a finite");
    }
}
