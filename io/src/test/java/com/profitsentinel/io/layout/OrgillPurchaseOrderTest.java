package com.profitsentinel.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.record.PurchaseOrderStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Orgill header block (columns.md §7.2); the line items are read end to end in {@code IngestionTest}. */
class OrgillPurchaseOrderTest {
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
        "INVOICED, INVOICED",
        "Pending, PENDING",
        "open, OPEN",
        "CANCELLED, CANCELLED",
        "CANCELED, CANCELLED",
        "SHIPPED, UNKNOWN",
        "RECEIVED, UNKNOWN",
        "CLOSED, UNKNOWN",
        "ON HOLD, UNKNOWN",
        "'', UNKNOWN",
    })
    void headerStatusIsOneOfTheFourOrgillWritesElseUnknown(String status, PurchaseOrderStatus expected) {
        assertThat(OrgillPurchaseOrder.status(status)).isEqualTo(expected);
    }
}
