package com.profitsentinel.server.analysis;

import java.util.List;

/** The POS catalogue shown to clients (api.md §4.8): display names of the systems column mapping recognizes. */
final class SupportedSystems {
    static final List<String> NAMES = List.of(
            "Paladin POS",
            "Epicor Eagle",
            "NCR Counterpoint",
            "Lightspeed Retail (R-Series, X-Series)",
            "Square POS",
            "Shopify POS",
            "Clover POS",
            "Microsoft Dynamics RMS",
            "Retail Pro",
            "KORONA POS",
            "IdoSoft",
            "Do it Best member files",
            "Ace Hardware files",
            "True Value files",
            "Orgill purchase orders",
            "Generic CSV/Excel exports");

    private SupportedSystems() {}
}
