package com.profitsentinel.testing.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lumber yard: dimensional lumber in board feet for the BisTrack sample (columns.md §9.5), and the lumber fields
 * of the catalogue's lumber items for the Spruce sample (§9.6).
 */
final class Lumber {
    /** Catalogue lumber items: board feet per piece, species and grade. */
    private static final Map<String, List<String>> CATALOGUE_LUMBER = Map.of(
            "0050101", List.of("5.33", "SPF", "#2"),
            "0050110", List.of("10.00", "SPF", "#2"),
            "0050215", List.of("", "FIR", "CDX"),
            "0050320", List.of("10.67", "SYP", "#2"));

    private record Stick(
            String code,
            String description,
            String species,
            String grade,
            BigDecimal thickness,
            BigDecimal width,
            int length,
            String treatment,
            String costPerBoardFoot,
            int bundle,
            String yard,
            int pieces,
            LocalDate received) {}

    private static final List<Stick> STICKS = List.of(
            stick("2408SPF", "2X4X8 SPF #2&BTR KD", "SPF", "#2&BTR", "2", "4", 8, "", "0.64", 294, "A-01", 412, 6),
            stick("2410SPF", "2X4X10 SPF #2&BTR KD", "SPF", "#2&BTR", "2", "4", 10, "", "0.66", 294, "A-01", 188, 20),
            stick("2412SPF", "2X4X12 SPF #2&BTR KD", "SPF", "#2&BTR", "2", "4", 12, "", "0.68", 294, "A-02", 96, 20),
            stick("2608SPF", "2X6X8 SPF #2&BTR KD", "SPF", "#2&BTR", "2", "6", 8, "", "0.70", 189, "A-03", 150, 13),
            stick("2612SPF", "2X6X12 SPF #2&BTR KD", "SPF", "#2&BTR", "2", "6", 12, "", "0.72", 189, "A-03", -12, 41),
            stick("2812SYP", "2X8X12 SYP #2 KD", "SYP", "#2", "2", "8", 12, "", "0.78", 144, "B-01", 64, 34),
            stick("21016SYP", "2X10X16 SYP #2 KD", "SYP", "#2", "2", "10", 16, "", "0.85", 112, "B-02", 38, 55),
            stick("21216SYP", "2X12X16 SYP #1 KD", "SYP", "#1", "2", "12", 16, "", "0.98", 96, "B-02", 0, 160),
            stick(
                    "4408PTGC",
                    "4X4X8 PT GROUND CONTACT",
                    "SYP",
                    "#2",
                    "4",
                    "4",
                    8,
                    "GC .40 MCA",
                    "1.05",
                    100,
                    "C-01",
                    77,
                    9),
            stick(
                    "54612PT",
                    "5/4X6X12 PT PREMIUM DECKING",
                    "SYP",
                    "PREM",
                    "1.25",
                    "6",
                    12,
                    "AG MCA",
                    "1.10",
                    160,
                    "C-02",
                    240,
                    16),
            stick("1606WRC", "1X6X6 WRC DOG EAR PICKET", "WRC", "#3", "1", "6", 6, "", "0.95", 448, "D-01", 380, 27),
            stick("2416DF", "2X4X16 DF #2 KD", "DF", "#2", "2", "4", 16, "", "0.80", 208, "A-04", 44, 412));

    private Lumber() {}

    /** The BisTrack table: one row per stick under the given headers (see {@code DealerSamples}). */
    static Table table(List<String> headers) {
        List<List<String>> rows = new ArrayList<>();
        for (Stick stick : STICKS) {
            BigDecimal perPiece = stick.thickness()
                    .multiply(stick.width())
                    .multiply(BigDecimal.valueOf(stick.length()))
                    .divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
            BigDecimal boardFeet =
                    perPiece.multiply(BigDecimal.valueOf(stick.pieces())).setScale(2, RoundingMode.HALF_UP);
            BigDecimal cost = new BigDecimal(stick.costPerBoardFoot());
            BigDecimal price = cost.multiply(new BigDecimal("1.45")).setScale(2, RoundingMode.HALF_UP);
            rows.add(List.of(
                    stick.code(),
                    stick.description(),
                    stick.species(),
                    stick.grade(),
                    nominal(stick),
                    stick.thickness().toPlainString(),
                    stick.width().toPlainString(),
                    Integer.toString(stick.length()),
                    stick.treatment(),
                    Integer.toString(stick.pieces()),
                    boardFeet.toPlainString(),
                    Integer.toString(stick.pieces() * stick.length()),
                    stick.length() + "/" + stick.pieces(),
                    "BF",
                    "PC",
                    "MBF",
                    cost.toPlainString(),
                    cost.multiply(BigDecimal.valueOf(1000))
                            .setScale(2, RoundingMode.HALF_UP)
                            .toPlainString(),
                    price.toPlainString(),
                    Integer.toString(stick.bundle()),
                    stick.yard(),
                    Formats.us(stick.received())));
        }
        return Table.ofText(headers, rows);
    }

    /** Board feet per piece of a catalogue lumber item, blank for other items. */
    static String boardFeet(String sku) {
        return CATALOGUE_LUMBER.getOrDefault(sku, List.of("", "", "")).get(0);
    }

    /** The species of a catalogue lumber item, blank for other items. */
    static String species(String sku) {
        return CATALOGUE_LUMBER.getOrDefault(sku, List.of("", "", "")).get(1);
    }

    /** The grade of a catalogue lumber item, blank for other items. */
    static String grade(String sku) {
        return CATALOGUE_LUMBER.getOrDefault(sku, List.of("", "", "")).get(2);
    }

    private static String nominal(Stick stick) {
        String thickness = stick.thickness().compareTo(new BigDecimal("1.25")) == 0
                ? "5/4"
                : stick.thickness().stripTrailingZeros().toPlainString();
        return String.format(
                Locale.US,
                "%sx%s",
                thickness,
                stick.width().stripTrailingZeros().toPlainString());
    }

    private static Stick stick(
            String code,
            String description,
            String species,
            String grade,
            String thickness,
            String width,
            int length,
            String treatment,
            String costPerBoardFoot,
            int bundle,
            String yard,
            int pieces,
            int daysSinceReceipt) {
        return new Stick(
                code,
                description,
                species,
                grade,
                new BigDecimal(thickness),
                new BigDecimal(width),
                length,
                treatment,
                costPerBoardFoot,
                bundle,
                yard,
                pieces,
                StockRows.AS_OF.minusDays(daysSinceReceipt));
    }
}
