package com.profitsentinel.engine.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ItemRecordTest {
    private static ItemRecord.Builder minimal() {
        return ItemRecord.builder()
                .sourceFile("inventory.csv")
                .sourceRow(2)
                .storeId("default")
                .sku("100234", SkuSource.SKU);
    }

    @Test
    void minimalRecordHasEverythingUnknown() {
        ItemRecord record = minimal().build();

        assertThat(record.onHandQuantity()).isNaN();
        assertThat(ItemRecord.known(record.unitCost())).isFalse();
        assertThat(record.costSource()).isEqualTo(CostSource.NONE);
        assertThat(ItemRecord.known(record.lastSaleDate())).isFalse();
        assertThat(record.lastSaleDate()).isEqualTo(ItemRecord.NO_DATE);
        assertThat(record.status()).isEqualTo(ItemStatus.UNKNOWN);
        assertThat(record.velocityBasis()).isEqualTo(VelocityBasis.UNKNOWN);
        assertThat(record.seasonal()).isFalse();
        assertThat(record.description()).isEmpty();
        assertThat(record.dailyVelocity()).isNaN();
        assertThat(record.inventoryValue()).isNaN();
    }

    @Test
    void inventoryValuePrefersTheExportedColumn() {
        ItemRecord computed = minimal()
                .onHandQuantity(4, QuantitySource.ON_HAND)
                .unitCost(2.5, CostSource.UNIT_COST)
                .build();
        ItemRecord exported = minimal()
                .onHandQuantity(4, QuantitySource.ON_HAND)
                .unitCost(2.5, CostSource.UNIT_COST)
                .inventoryValueCost(11)
                .build();

        assertThat(computed.inventoryValue()).isEqualTo(10.0);
        assertThat(exported.inventoryValue()).isEqualTo(11.0);
    }

    @Test
    void dailyVelocityIsThirtyDaySalesOverThirty() {
        ItemRecord record = minimal().velocity(15, VelocityBasis.PERIOD_30).build();

        assertThat(record.dailyVelocity()).isEqualTo(0.5);
    }

    @Test
    void resetForgetsTheRowButKeepsTheFile() {
        ItemRecord.Builder builder = minimal().description("Hose").seasonal(SeasonalSource.EXPLICIT);
        builder.reset();
        ItemRecord record =
                builder.sourceRow(3).storeId("s").sku("A", SkuSource.BARCODE).build();

        assertThat(record.sourceFile()).isEqualTo("inventory.csv");
        assertThat(record.description()).isEmpty();
        assertThat(record.seasonal()).isFalse();
        assertThat(record.skuSource()).isEqualTo(SkuSource.BARCODE);
    }

    @Test
    void rejectsBlankSkuAndStore() {
        assertThatThrownBy(() -> minimal().sku(" ", SkuSource.SKU).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sku is blank");
        assertThatThrownBy(() -> minimal().storeId("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("storeId is blank");
    }

    @Test
    void rejectsInconsistentSources() {
        assertThatThrownBy(() -> minimal().unitCost(2, CostSource.NONE).build())
                .hasMessageContaining("costSource NONE does not match unitCost 2.0");
        assertThatThrownBy(() ->
                        minimal().unitCost(Double.NaN, CostSource.UNIT_COST).build())
                .hasMessageContaining("costSource UNIT_COST");
        assertThatThrownBy(() -> minimal().velocity(3, VelocityBasis.UNKNOWN).build())
                .hasMessageContaining("velocityBasis UNKNOWN");
    }

    @Test
    void rejectsInfiniteNumbersAndNegativeRows() {
        assertThatThrownBy(() -> minimal()
                        .onHandQuantity(Double.POSITIVE_INFINITY, QuantitySource.ON_HAND)
                        .build())
                .hasMessage("onHandQuantity is infinite");
        assertThatThrownBy(() -> minimal().sourceRow(-1).build()).hasMessage("sourceRow is negative: -1");
        assertThatThrownBy(() -> minimal().unitsSold(3, -1).build()).hasMessage("unitsSoldPeriodDays is negative: -1");
    }

    @Test
    void rejectsDatesOutsideTheSupportedRange() {
        int tooEarly = (int) LocalDate.of(1700, 1, 1).toEpochDay();
        int fine = (int) LocalDate.of(2025, 6, 15).toEpochDay();

        assertThatThrownBy(() -> minimal().lastSaleDate(tooEarly).build())
                .hasMessageStartingWith("lastSaleDate is outside 1800-01-01..2200-12-31");
        assertThat(minimal().lastSaleDate(fine).build().lastSaleDate()).isEqualTo(fine);
    }

    @Test
    void rejectsOverlongDescriptions() {
        assertThatThrownBy(() -> minimal().description("x".repeat(201)).build())
                .hasMessage("description is longer than 200 characters");
    }

    @Test
    void rejectsDatesAfterTheSupportedRange() {
        int tooLate = (int) LocalDate.of(2300, 1, 1).toEpochDay();

        assertThatThrownBy(() -> minimal().lastCountDate(tooLate).build())
                .hasMessageStartingWith("lastCountDate is outside");
    }

    @Test
    void builderSettersReachTheRecord() {
        ItemRecord record = minimal()
                .barcode("012345678905")
                .altSku("ALT")
                .vendorSku("V-1")
                .coopItemNumber("1234567")
                .posItemId("tok")
                .vendor("Orgill")
                .vendorCode("77")
                .category("Hose")
                .department("Garden")
                .classCode("12")
                .binLocation("A1")
                .unitOfMeasure("EA")
                .status(ItemStatus.ACTIVE)
                .onOrderQuantity(3)
                .countedQuantity(5)
                .quantityDifference(-1)
                .reorderPoint(2)
                .maxQuantity(9)
                .packageQuantity(6)
                .basisCost(1.5)
                .retailPrice(4.99, RetailSource.RETAIL)
                .suggestedRetail(5.49)
                .reportedMargin(25.9, true)
                .inventoryValueRetail(20)
                .salesDollars(100)
                .unitsPurchased(12)
                .unitsSold(36, 365)
                .lastReceiptDate(20_000)
                .dateAdded(19_000)
                .lastChangedDate(20_001)
                .damaged(true)
                .nonInventory(true)
                .seasonal(SeasonalSource.INFERRED)
                .build();

        assertThat(record.barcode()).isEqualTo("012345678905");
        assertThat(record.altSku()).isEqualTo("ALT");
        assertThat(record.vendorSku()).isEqualTo("V-1");
        assertThat(record.coopItemNumber()).isEqualTo("1234567");
        assertThat(record.posItemId()).isEqualTo("tok");
        assertThat(record.vendor()).isEqualTo("Orgill");
        assertThat(record.vendorCode()).isEqualTo("77");
        assertThat(record.category()).isEqualTo("Hose");
        assertThat(record.department()).isEqualTo("Garden");
        assertThat(record.classCode()).isEqualTo("12");
        assertThat(record.binLocation()).isEqualTo("A1");
        assertThat(record.unitOfMeasure()).isEqualTo("EA");
        assertThat(record.status()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(record.onOrderQuantity()).isEqualTo(3.0);
        assertThat(record.countedQuantity()).isEqualTo(5.0);
        assertThat(record.quantityDifference()).isEqualTo(-1.0);
        assertThat(record.reorderPoint()).isEqualTo(2.0);
        assertThat(record.maxQuantity()).isEqualTo(9.0);
        assertThat(record.packageQuantity()).isEqualTo(6.0);
        assertThat(record.basisCost()).isEqualTo(1.5);
        assertThat(record.retailPrice()).isEqualTo(4.99);
        assertThat(record.suggestedRetail()).isEqualTo(5.49);
        assertThat(record.reportedMargin()).isEqualTo(25.9);
        assertThat(record.reportedMarginPercentSign()).isTrue();
        assertThat(record.inventoryValueRetail()).isEqualTo(20.0);
        assertThat(record.salesDollars()).isEqualTo(100.0);
        assertThat(record.unitsPurchased()).isEqualTo(12.0);
        assertThat(record.unitsSoldRaw()).isEqualTo(36.0);
        assertThat(record.unitsSoldPeriodDays()).isEqualTo(365);
        assertThat(record.lastReceiptDate()).isEqualTo(20_000);
        assertThat(record.dateAdded()).isEqualTo(19_000);
        assertThat(record.lastChangedDate()).isEqualTo(20_001);
        assertThat(record.damaged()).isTrue();
        assertThat(record.nonInventory()).isTrue();
        assertThat(record.seasonal()).isTrue();
        assertThat(record.seasonalSource()).isEqualTo(SeasonalSource.INFERRED);
    }

    /** A copy of {@code record} with one component replaced, through the canonical constructor. */
    private static ItemRecord with(ItemRecord record, String component, Object value)
            throws ReflectiveOperationException {
        java.lang.reflect.RecordComponent[] components = ItemRecord.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int index = 0; index < components.length; index++) {
            types[index] = components[index].getType();
            values[index] = components[index].getName().equals(component)
                    ? value
                    : components[index].getAccessor().invoke(record);
        }
        try {
            return ItemRecord.class.getDeclaredConstructor(types).newInstance(values);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    @Test
    void seasonalFlagAndSourceMustAgree() {
        ItemRecord plain = minimal().build();
        ItemRecord seasonal = minimal().seasonal(SeasonalSource.EXPLICIT).build();

        assertThatThrownBy(() -> with(plain, "seasonal", true))
                .hasMessage("seasonalSource NONE does not match seasonal");
        assertThatThrownBy(() -> with(seasonal, "seasonal", false))
                .hasMessage("seasonalSource EXPLICIT does not match seasonal");
    }

    @Test
    void nullTextIsRejected() {
        assertThatThrownBy(() -> with(minimal().build(), "sku", null)).hasMessage("sku is null");
    }
}
