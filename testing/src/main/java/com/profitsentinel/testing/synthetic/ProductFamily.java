package com.profitsentinel.testing.synthetic;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A family of similar products (wood screws, garden hoses, water heaters): its department and category, its vendor,
 * the range its unit costs are drawn from, the margin range a healthy item of the family is priced at, and its typical
 * sales. Every catalogue item is one size and finish of one family.
 *
 * @param prefix the description's start, as on the shelf label ({@code SCREW WOOD FH})
 * @param department the department
 * @param category the category text
 * @param vendor the supplying vendor (distributor, co-op or manufacturer)
 * @param unit the selling unit ({@code EA}, {@code BG}, {@code FT} …); items sold by the foot have fractional quantities
 * @param minimumCost lowest unit cost ($)
 * @param maximumCost highest unit cost ($); costs are log-uniform in between
 * @param monthlyUnits median units sold per 30 days in an average store
 * @param minimumMargin lowest healthy margin on retail
 * @param maximumMargin highest healthy margin on retail
 * @param sizes the sizes the family comes in
 * @param finishes the finishes (may be empty)
 */
record ProductFamily(
        String prefix,
        Department department,
        String category,
        Vendor vendor,
        String unit,
        double minimumCost,
        double maximumCost,
        double monthlyUnits,
        double minimumMargin,
        double maximumMargin,
        List<String> sizes,
        List<String> finishes) {

    /** Healthy margins stay at least this far above the standard preset's margin floor (0.20). */
    static final double LOWEST_HEALTHY_MARGIN = 0.26;

    ProductFamily {
        requireNonNull(prefix, "prefix is null");
        requireNonNull(department, "department is null");
        requireNonNull(category, "category is null");
        requireNonNull(vendor, "vendor is null");
        requireNonNull(unit, "unit is null");
        if (!(minimumCost > 0 && minimumCost <= maximumCost)) {
            throw new IllegalArgumentException(prefix + ": cost range " + minimumCost + " to " + maximumCost);
        }
        if (!(monthlyUnits > 0)) {
            throw new IllegalArgumentException(prefix + ": monthly units " + monthlyUnits);
        }
        if (!(minimumMargin >= LOWEST_HEALTHY_MARGIN && minimumMargin <= maximumMargin && maximumMargin < 1)) {
            throw new IllegalArgumentException(prefix + ": margin range " + minimumMargin + " to " + maximumMargin);
        }
        sizes = List.copyOf(sizes);
        finishes = List.copyOf(finishes);
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException(prefix + ": no sizes");
        }
    }

    /** Whether the family is sold by the foot (wire, chain, rope): fractional quantities. */
    boolean soldByLength() {
        return unit.equals("FT");
    }

    /** The families of the synthetic store, department by department. */
    static final List<ProductFamily> ALL = List.of(
            family("SCREW WOOD FH", Department.HARDWARE, "FASTENERS", Vendor.ORGILL, "EA", 0.08, 0.90, 30, 0.45, 0.60)
                    .sized("#6X1", "#8X1-1/4", "#8X2", "#10X2-1/2", "#10X3")
                    .finished("ZINC", "BRASS", "SS"),
            family("BOLT HEX", Department.HARDWARE, "FASTENERS", Vendor.ORGILL, "EA", 0.20, 2.50, 20, 0.45, 0.60)
                    .sized("1/4X1", "5/16X2", "3/8X3", "1/2X4", "1/2X6")
                    .finished("ZINC", "GR5", "SS"),
            family("NUT HEX", Department.HARDWARE, "FASTENERS", Vendor.ORGILL, "EA", 0.05, 0.60, 25, 0.45, 0.60)
                    .sized("1/4-20", "5/16-18", "3/8-16", "1/2-13")
                    .finished("ZINC", "SS", "NYLOCK"),
            family("NAIL COMMON", Department.HARDWARE, "NAILS", Vendor.EMERY_JENSEN, "BX", 2.50, 18, 6, 0.40, 0.50)
                    .sized("6D 1 LB", "8D 1 LB", "10D 5 LB", "16D 5 LB")
                    .finished("BRIGHT", "GALV"),
            family("HINGE DOOR", Department.HARDWARE, "HINGES & LATCHES", Vendor.ORGILL, "EA", 2, 14, 3, 0.40, 0.52)
                    .sized("3 IN", "3-1/2 IN", "4 IN")
                    .finished("SATIN NICKEL", "BRASS", "BLACK"),
            family("PADLOCK", Department.HARDWARE, "LOCKS", Vendor.DO_IT_BEST, "EA", 5, 35, 2, 0.38, 0.50)
                    .sized("1-1/2 IN", "2 IN", "KEYED ALIKE 2PK")
                    .finished("LAMINATED", "BRASS"),
            family("KEY BLANK", Department.HARDWARE, "KEYS", Vendor.ORGILL, "EA", 0.15, 0.60, 25, 0.80, 0.92)
                    .sized("KW1", "SC1", "SC4", "M1", "Y1")
                    .finished("BRASS", "NICKEL"),
            family(
                            "CHAIN PROOF COIL",
                            Department.HARDWARE,
                            "CHAIN & ROPE",
                            Vendor.ORGILL,
                            "FT",
                            0.60,
                            4,
                            40,
                            0.45,
                            0.55)
                    .sized("3/16 IN", "1/4 IN", "5/16 IN")
                    .finished("ZINC", "GALV"),
            family(
                            "ROPE POLY TWIST",
                            Department.HARDWARE,
                            "CHAIN & ROPE",
                            Vendor.ORGILL,
                            "FT",
                            0.08,
                            0.80,
                            60,
                            0.50,
                            0.60)
                    .sized("1/4 IN", "3/8 IN", "1/2 IN")
                    .finished("YELLOW", "WHITE"),
            family("TAPE MEASURE", Department.TOOLS, "MEASURING", Vendor.DO_IT_BEST, "EA", 5, 28, 3, 0.38, 0.48)
                    .sized("16 FT", "25 FT", "30 FT", "35 FT"),
            family("HAMMER CLAW", Department.TOOLS, "HAND TOOLS", Vendor.DO_IT_BEST, "EA", 8, 35, 2, 0.38, 0.48)
                    .sized("16 OZ", "20 OZ", "22 OZ")
                    .finished("FIBERGLASS", "STEEL", "WOOD"),
            family("SCREWDRIVER SET", Department.TOOLS, "HAND TOOLS", Vendor.DO_IT_BEST, "ST", 6, 40, 2, 0.38, 0.48)
                    .sized("6 PC", "10 PC", "14 PC"),
            family("DRILL BIT", Department.TOOLS, "DRILL BITS", Vendor.ORGILL, "EA", 2, 14, 5, 0.42, 0.55)
                    .sized("1/8", "3/16", "1/4", "5/16", "3/8", "1/2")
                    .finished("COBALT", "BLACK OXIDE", "TITANIUM"),
            family("DRILL CORDLESS", Department.TOOLS, "POWER TOOLS", Vendor.DO_IT_BEST, "EA", 60, 260, 1, 0.28, 0.36)
                    .sized("12V", "18V", "20V MAX")
                    .finished("KIT", "BARE TOOL"),
            family("SAW CIRCULAR", Department.TOOLS, "POWER TOOLS", Vendor.DO_IT_BEST, "EA", 70, 220, 0.6, 0.28, 0.36)
                    .sized("7-1/4 IN", "6-1/2 IN")
                    .finished("CORDED", "CORDLESS"),
            family(
                            "PVC PIPE SCH40",
                            Department.PLUMBING,
                            "PIPE & FITTINGS",
                            Vendor.EMERY_JENSEN,
                            "EA",
                            2,
                            18,
                            8,
                            0.40,
                            0.52)
                    .sized("1/2X10", "3/4X10", "1X10", "1-1/2X10", "2X10"),
            family(
                            "PVC ELBOW 90",
                            Department.PLUMBING,
                            "PIPE & FITTINGS",
                            Vendor.EMERY_JENSEN,
                            "EA",
                            0.20,
                            3.50,
                            15,
                            0.45,
                            0.58)
                    .sized("1/2", "3/4", "1", "1-1/2", "2")
                    .finished("SXS", "SXFPT"),
            family("FAUCET KITCHEN", Department.PLUMBING, "FAUCETS", Vendor.DO_IT_BEST, "EA", 45, 180, 0.8, 0.32, 0.42)
                    .sized("1 HANDLE", "2 HANDLE", "PULL-DOWN")
                    .finished("CHROME", "STAINLESS"),
            family("VALVE BALL", Department.PLUMBING, "VALVES", Vendor.EMERY_JENSEN, "EA", 6, 40, 2, 0.40, 0.50)
                    .sized("1/2 IN", "3/4 IN", "1 IN")
                    .finished("BRASS", "PVC"),
            family(
                            "FLAPPER TOILET",
                            Department.PLUMBING,
                            "REPAIR PARTS",
                            Vendor.EMERY_JENSEN,
                            "EA",
                            3,
                            12,
                            5,
                            0.45,
                            0.55)
                    .sized("2 IN", "3 IN")
                    .finished("UNIVERSAL", "ADJUSTABLE"),
            family("WATER HEATER", Department.PLUMBING, "WATER HEATERS", Vendor.RHEEM, "EA", 420, 1050, 0.3, 0.28, 0.34)
                    .sized("30 GAL", "40 GAL", "50 GAL")
                    .finished("GAS", "ELECTRIC"),
            family("WIRE THHN", Department.ELECTRICAL, "WIRE", Vendor.ORGILL, "FT", 0.15, 1.20, 100, 0.40, 0.52)
                    .sized("14 AWG", "12 AWG", "10 AWG")
                    .finished("BLACK", "WHITE", "RED", "GREEN"),
            family("OUTLET", Department.ELECTRICAL, "WIRING DEVICES", Vendor.ORGILL, "EA", 0.50, 18, 10, 0.42, 0.55)
                    .sized("DUPLEX 15A", "DUPLEX 20A", "GFCI 15A", "GFCI 20A")
                    .finished("WHITE", "IVORY"),
            family("LED BULB", Department.ELECTRICAL, "LIGHT BULBS", Vendor.DO_IT_BEST, "EA", 3, 16, 8, 0.40, 0.52)
                    .sized("A19 60W", "A19 100W", "BR30 65W", "PAR38 90W")
                    .finished("SOFT WHITE", "DAYLIGHT"),
            family("EXTENSION CORD", Department.ELECTRICAL, "CORDS", Vendor.ORGILL, "EA", 6, 45, 3, 0.38, 0.50)
                    .sized("25 FT", "50 FT", "100 FT")
                    .finished("16/3", "14/3", "12/3"),
            family(
                            "GENERATOR PORTABLE",
                            Department.ELECTRICAL,
                            "GENERATORS",
                            Vendor.DO_IT_BEST,
                            "EA",
                            380,
                            1300,
                            0.2,
                            0.28,
                            0.34)
                    .sized("3500W", "5500W", "7500W")
                    .finished("GAS", "DUAL FUEL"),
            family(
                            "PAINT INT LATEX",
                            Department.PAINT,
                            "INTERIOR PAINT",
                            Vendor.DO_IT_BEST,
                            "GL",
                            14,
                            38,
                            4,
                            0.38,
                            0.50)
                    .sized("QT", "GAL")
                    .finished("FLAT", "EGGSHELL", "SATIN", "SEMI-GLOSS"),
            family("PAINT SPRAY", Department.PAINT, "SPRAY PAINT", Vendor.ORGILL, "CN", 3.50, 7.50, 12, 0.40, 0.50)
                    .sized("11 OZ", "12 OZ", "15 OZ")
                    .finished("GLOSS BLACK", "FLAT WHITE", "PRIMER GRAY"),
            family("BRUSH PAINT", Department.PAINT, "APPLICATORS", Vendor.ORGILL, "EA", 2.50, 16, 4, 0.42, 0.55)
                    .sized("1 IN", "2 IN", "2-1/2 IN ANGLE", "3 IN")
                    .finished("POLY", "NYLON"),
            family("CAULK", Department.PAINT, "CAULK & ADHESIVES", Vendor.ORGILL, "EA", 3, 9, 6, 0.40, 0.50)
                    .sized("10 OZ", "5.5 OZ")
                    .finished("SILICONE CLEAR", "ACRYLIC WHITE"),
            family("LUBRICANT SPRAY", Department.PAINT, "LUBRICANTS", Vendor.ORGILL, "CN", 4, 9, 8, 0.38, 0.48)
                    .sized("8 OZ", "12 OZ")
                    .finished("MULTI-USE", "SILICONE"),
            family(
                            "LUMBER",
                            Department.LUMBER,
                            "DIMENSIONAL LUMBER",
                            Vendor.WEYERHAEUSER,
                            "EA",
                            2.80,
                            24,
                            25,
                            0.28,
                            0.36)
                    .sized("2X4X8", "2X4X10", "2X6X8", "2X6X12", "2X8X12", "2X10X16")
                    .finished("SPF #2", "SYP #2"),
            family("PLYWOOD", Department.LUMBER, "PANELS", Vendor.WEYERHAEUSER, "SH", 18, 62, 5, 0.28, 0.36)
                    .sized("1/4 4X8", "1/2 4X8", "3/4 4X8")
                    .finished("CDX", "SANDED", "OSB"),
            family(
                            "TREATED LUMBER",
                            Department.LUMBER,
                            "TREATED LUMBER",
                            Vendor.WEYERHAEUSER,
                            "EA",
                            4,
                            32,
                            10,
                            0.28,
                            0.36)
                    .sized("2X4X8", "2X6X10", "4X4X8", "5/4X6X12")
                    .finished("GC", "AG"),
            family(
                            "CONCRETE MIX",
                            Department.LUMBER,
                            "CEMENT & CONCRETE",
                            Vendor.DO_IT_BEST,
                            "BG",
                            3.50,
                            12,
                            12,
                            0.30,
                            0.38)
                    .sized("50 LB", "60 LB", "80 LB")
                    .finished("STANDARD", "FAST SET"),
            family("DRYWALL", Department.LUMBER, "DRYWALL", Vendor.DO_IT_BEST, "SH", 9, 18, 6, 0.28, 0.36)
                    .sized("1/2 4X8", "5/8 4X8")
                    .finished("REGULAR", "MOISTURE RESISTANT"),
            family("HOSE GARDEN", Department.LAWN_AND_GARDEN, "WATERING", Vendor.ORGILL, "EA", 9, 45, 3, 0.38, 0.50)
                    .sized("1/2X25 FT", "5/8X50 FT", "5/8X75 FT")
                    .finished("GREEN", "BLACK"),
            family("HOSE NOZZLE", Department.LAWN_AND_GARDEN, "WATERING", Vendor.ORGILL, "EA", 2.50, 18, 4, 0.42, 0.52)
                    .sized("7 PATTERN", "PISTOL", "FAN")
                    .finished("METAL", "POLY"),
            family("FERTILIZER", Department.LAWN_AND_GARDEN, "FERTILIZER", Vendor.SCOTTS, "BG", 8, 55, 3, 0.32, 0.42)
                    .sized("LAWN 5M", "LAWN 15M", "TOMATO 4 LB"),
            family("GRASS SEED", Department.LAWN_AND_GARDEN, "GRASS SEED", Vendor.SCOTTS, "BG", 9, 46, 2, 0.32, 0.42)
                    .sized("3 LB", "7 LB", "20 LB")
                    .finished("SUN/SHADE", "TALL FESCUE"),
            family(
                            "POTTING MIX",
                            Department.LAWN_AND_GARDEN,
                            "SOILS & MULCH",
                            Vendor.SCOTTS,
                            "BG",
                            3,
                            12,
                            8,
                            0.34,
                            0.45)
                    .sized("1 CU FT", "2 CU FT"),
            family(
                            "MOWER PUSH GAS",
                            Department.LAWN_AND_GARDEN,
                            "OUTDOOR POWER EQUIPMENT",
                            Vendor.DO_IT_BEST,
                            "EA",
                            180,
                            520,
                            0.5,
                            0.28,
                            0.34)
                    .sized("21 IN", "22 IN")
                    .finished("SELF-PROPELLED", "PUSH"),
            family(
                            "MOWER RIDING",
                            Department.LAWN_AND_GARDEN,
                            "OUTDOOR POWER EQUIPMENT",
                            Vendor.DO_IT_BEST,
                            "EA",
                            1200,
                            2400,
                            0.1,
                            0.28,
                            0.32)
                    .sized("42 IN", "46 IN")
                    .finished("HYDROSTATIC", "MANUAL"),
            family("MOTOR OIL", Department.AUTOMOTIVE, "MOTOR OIL", Vendor.DORMAN, "QT", 4, 32, 8, 0.30, 0.42)
                    .sized("5W-20 1 QT", "5W-30 1 QT", "5W-30 5 QT")
                    .finished("CONVENTIONAL", "SYNTHETIC"),
            family("WIPER BLADE", Department.AUTOMOTIVE, "WIPER BLADES", Vendor.DORMAN, "EA", 6, 18, 3, 0.38, 0.50)
                    .sized("16 IN", "20 IN", "24 IN")
                    .finished("BEAM", "CONVENTIONAL"),
            family(
                            "BATTERY AUTOMOTIVE",
                            Department.AUTOMOTIVE,
                            "CAR BATTERIES",
                            Vendor.DORMAN,
                            "EA",
                            70,
                            180,
                            0.6,
                            0.28,
                            0.38)
                    .sized("GROUP 24", "GROUP 35", "GROUP 65"),
            family("FILTER OIL", Department.AUTOMOTIVE, "FILTERS", Vendor.DORMAN, "EA", 3, 12, 4, 0.40, 0.52)
                    .sized("PH16", "PH3614", "PH8A"),
            family(
                            "FUSE BLADE ASST",
                            Department.AUTOMOTIVE,
                            "ELECTRICAL PARTS",
                            Vendor.DORMAN,
                            "PK",
                            3,
                            9,
                            2,
                            0.45,
                            0.55)
                    .sized("10 PC", "40 PC")
                    .finished("MINI", "ATO"),
            family("BATTERY ALKALINE", Department.HOUSEWARES, "BATTERIES", Vendor.ORGILL, "PK", 3, 18, 10, 0.35, 0.45)
                    .sized("AA 4PK", "AA 8PK", "AAA 8PK", "9V 2PK", "D 4PK"),
            family(
                            "FILTER FURNACE",
                            Department.HOUSEWARES,
                            "HVAC FILTERS",
                            Vendor.ORGILL,
                            "EA",
                            2.50,
                            22,
                            6,
                            0.38,
                            0.50)
                    .sized("16X20X1", "16X25X1", "20X20X1", "20X25X1")
                    .finished("MERV 8", "MERV 11"),
            family("CLEANER ALL PURPOSE", Department.HOUSEWARES, "CLEANING", Vendor.ORGILL, "EA", 2, 9, 5, 0.38, 0.48)
                    .sized("32 OZ", "1 GAL"),
            family("STORAGE TOTE", Department.HOUSEWARES, "STORAGE", Vendor.DO_IT_BEST, "EA", 5, 20, 2, 0.38, 0.50)
                    .sized("18 GAL", "27 GAL")
                    .finished("BLACK", "CLEAR"),
            family("ICE MELT", Department.SEASONAL, "ICE MELT", Vendor.ORGILL, "BG", 6, 22, 2, 0.35, 0.45)
                    .sized("10 LB", "25 LB", "50 LB")
                    .finished("ROCK SALT", "CALCIUM"),
            family("SHOVEL SNOW", Department.SEASONAL, "SNOW REMOVAL", Vendor.ORGILL, "EA", 12, 40, 1, 0.38, 0.48)
                    .sized("18 IN", "24 IN")
                    .finished("POLY", "STEEL"),
            family("LIGHTS LED MINI", Department.SEASONAL, "CHRISTMAS", Vendor.DO_IT_BEST, "BX", 4, 30, 1, 0.45, 0.55)
                    .sized("50 CT", "100 CT", "300 CT")
                    .finished("WARM WHITE", "MULTI"),
            family("CHARCOAL", Department.SEASONAL, "GRILLING", Vendor.DO_IT_BEST, "BG", 5, 24, 10, 0.30, 0.40)
                    .sized("8 LB", "16 LB", "2X16 LB")
                    .finished("ORIGINAL", "MATCH LIGHT"),
            family("CHAIR PATIO", Department.SEASONAL, "PATIO", Vendor.DO_IT_BEST, "EA", 25, 120, 1, 0.38, 0.50)
                    .sized("STACKING", "FOLDING", "ADIRONDACK")
                    .finished("RESIN", "STEEL"));

    /** Starts a family with a single unnamed size; {@link #sized} and {@link #finished} complete it. */
    private static ProductFamily family(
            String prefix,
            Department department,
            String category,
            Vendor vendor,
            String unit,
            double minimumCost,
            double maximumCost,
            double monthlyUnits,
            double minimumMargin,
            double maximumMargin) {
        return new ProductFamily(
                prefix,
                department,
                category,
                vendor,
                unit,
                minimumCost,
                maximumCost,
                monthlyUnits,
                minimumMargin,
                maximumMargin,
                List.of(""),
                List.of());
    }

    private ProductFamily sized(String... values) {
        return new ProductFamily(
                prefix,
                department,
                category,
                vendor,
                unit,
                minimumCost,
                maximumCost,
                monthlyUnits,
                minimumMargin,
                maximumMargin,
                List.of(values),
                finishes);
    }

    private ProductFamily finished(String... values) {
        return new ProductFamily(
                prefix,
                department,
                category,
                vendor,
                unit,
                minimumCost,
                maximumCost,
                monthlyUnits,
                minimumMargin,
                maximumMargin,
                sizes,
                List.of(values));
    }
}
