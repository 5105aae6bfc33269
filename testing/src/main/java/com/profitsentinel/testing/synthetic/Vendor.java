package com.profitsentinel.testing.synthetic;

/**
 * The few vendors an independent hardware store buys from: two distributors and a co-op for most lines, and direct
 * vendors for lumber, lawn care, water heaters and auto parts. Purchase orders go to these names.
 */
enum Vendor {
    ORGILL("ORGILL", "ORG", "071649"),
    DO_IT_BEST("DO IT BEST", "DIB", "072053"),
    EMERY_JENSEN("EMERY JENSEN DISTRIBUTION", "EJD", "039428"),
    WEYERHAEUSER("WEYERHAEUSER", "WEY", ""),
    SCOTTS("SCOTTS MIRACLE-GRO", "SCO", "032247"),
    RHEEM("RHEEM MANUFACTURING", "RHM", "020352"),
    DORMAN("DORMAN PRODUCTS", "DOR", "037495");

    private final String title;
    private final String code;
    private final String barcodePrefix;

    Vendor(String title, String code, String barcodePrefix) {
        this.title = title;
        this.code = code;
        this.barcodePrefix = barcodePrefix;
    }

    /** The vendor name as the POS and the PO files write it. */
    String title() {
        return title;
    }

    String code() {
        return code;
    }

    /** The six-digit UPC company prefix of the vendor's items; empty when they carry no barcode (lumber). */
    String barcodePrefix() {
        return barcodePrefix;
    }
}
