package com.profitsentinel.engine.rules.sentinel;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.record.CostSource;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.MarginInterpretation;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.PurchaseOrderStatus;
import com.profitsentinel.engine.record.QuantitySource;
import com.profitsentinel.engine.record.RetailSource;
import com.profitsentinel.engine.record.SalesLine;
import com.profitsentinel.engine.record.SeasonalSource;
import com.profitsentinel.engine.record.SkuSource;
import com.profitsentinel.engine.record.VelocityBasis;
import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.engine.rule.Preset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spec fixtures of {@code rules/sentinel/*.tsv}: each case is a few tab-separated lines sharing a case id.
 *
 * <ul>
 *   <li>{@code options}: {@code preset=}, {@code as_of=}, {@code cost_column=false}, {@code margin=markup|percent},
 *       {@code set.<parameter>=<value>}
 *   <li>{@code record}: one inventory record in native-row terms ({@code q c m s30 d_rcpt r sug o damaged seasonal
 *       qty_diff last_sale last_receipt added sold period category vendor non_inventory ...}); its expectation column
 *       lists the findings of that record
 *   <li>{@code po}: a purchase-order line; {@code sale}: a sales line
 *   <li>{@code summary}: expected summary figures of the whole case
 * </ul>
 *
 * <p>An expectation is {@code none} or findings joined by {@code " + "}, each {@code TYPE[/subtype]} followed by
 * {@code name=value} checks ({@code impact capital conf trend severity legacy basis}, {@code d.<detail>}). Numbers are
 * compared after rounding the actual value HALF_EVEN to the expected value's decimals.
 */
final class SpecCases {
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 7, 1);

    private SpecCases() {}

    /** One case of a fixture file. */
    record SpecCase(String file, String id, List<Line> lines) {
        @Override
        public String toString() {
            return file + " " + id;
        }

        Map<String, String> options() {
            Map<String, String> options = new LinkedHashMap<>();
            for (Line line : lines) {
                if (line.kind().equals("options")) {
                    options.putAll(line.fields());
                }
            }
            return options;
        }

        LocalDate asOf() {
            String value = options().get("as_of");
            return value == null ? DEFAULT_AS_OF : LocalDate.parse(value);
        }

        Parameters parameters() {
            Map<String, String> options = options();
            Preset preset = Preset.byId(options.getOrDefault("preset", "standard"))
                    .orElseThrow(() -> new IllegalArgumentException(this + ": unknown preset"));
            Map<String, Double> overrides = new LinkedHashMap<>();
            options.forEach((name, value) -> {
                if (name.startsWith("set.")) {
                    overrides.put(name.substring(4), Double.parseDouble(value));
                }
            });
            return Parameters.of(preset, overrides, Map.of(), Map.of());
        }

        FileFacts fileFacts() {
            Map<String, String> options = options();
            MarginInterpretation margin =
                    switch (options.getOrDefault("margin", "fraction")) {
                        case "markup" -> new MarginInterpretation(false, true);
                        case "percent" -> new MarginInterpretation(true, false);
                        case "fraction" -> MarginInterpretation.FRACTION_MARGIN;
                        default -> throw new IllegalArgumentException(this + ": unknown margin option");
                    };
            boolean costColumn = !options.getOrDefault("cost_column", "true").equals("false");
            return new FileFacts("spec.csv", costColumn, true, true, true, true, true, true, margin);
        }
    }

    /** One line: kind, fields, expectation. */
    record Line(int number, String kind, Map<String, String> fields, String expect) {
        String field(String name, String otherwise) {
            return fields.getOrDefault(name, otherwise);
        }
    }

    /** Reads every case of a fixture file on the test class path. */
    static List<SpecCase> read(String file) {
        String text;
        try (InputStream in = requireNonNull(
                SpecCases.class.getResourceAsStream("/rules/sentinel/" + file), "fixture not found: " + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Line>> cases = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        boolean header = true;
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 3) {
                throw new IllegalArgumentException(file + ":" + (index + 1) + ": expected case, line, fields");
            }
            String expect = cells.length > 3 ? cells[3].strip() : "";
            cases.computeIfAbsent(cells[0].strip(), ignored -> new ArrayList<>())
                    .add(new Line(index + 1, cells[1].strip(), fields(cells[2]), expect));
        }
        List<SpecCase> result = new ArrayList<>();
        cases.forEach((id, caseLines) -> result.add(new SpecCase(file, id, caseLines)));
        return result;
    }

    /** {@code name=value} pairs separated by spaces; a bare word is {@code word=true}; {@code ~} in a value is a space. */
    static Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String token : text.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int equals = token.indexOf('=');
            if (equals < 0) {
                fields.put(token, "true");
            } else {
                fields.put(
                        token.substring(0, equals), token.substring(equals + 1).replace('~', ' '));
            }
        }
        return fields;
    }

    /** The record of a {@code record} line. */
    static ItemRecord record(Line line, String caseId, LocalDate asOf) {
        Map<String, String> f = line.fields();
        int asOfDay = (int) asOf.toEpochDay();
        ItemRecord.Builder builder = ItemRecord.builder()
                .sourceFile("spec.csv")
                .sourceRow(line.number())
                .storeId(line.field("store", "default"))
                .sku(line.field("sku", caseId), SkuSource.SKU)
                .description(line.field("desc", ""))
                .category(line.field("category", ""))
                .department(line.field("department", ""))
                .vendor(line.field("vendor", ""))
                .barcode(line.field("barcode", ""))
                .vendorSku(line.field("vendor_sku", ""));
        builder.onHandQuantity(number(f, "q"), f.containsKey("q") ? QuantitySource.ON_HAND : QuantitySource.NONE);
        if (f.containsKey("c") && !f.get("c").equals("blank")) {
            builder.unitCost(number(f, "c"), CostSource.UNIT_COST);
        }
        if (f.containsKey("r")) {
            builder.retailPrice(number(f, "r"), RetailSource.RETAIL);
        }
        builder.suggestedRetail(number(f, "sug"));
        if (f.containsKey("o")) {
            builder.onOrderQuantity(number(f, "o"));
        }
        if (f.containsKey("m")) {
            builder.reportedMargin(number(f, "m"), false);
        }
        if (f.containsKey("s30")) {
            double s30 = number(f, "s30");
            builder.unitsSold(s30, 30).velocity(s30, VelocityBasis.PERIOD_30);
        }
        if (f.containsKey("sold")) {
            double sold = number(f, "sold");
            int period = Integer.parseInt(f.getOrDefault("period", "365"));
            builder.unitsSold(sold, period).velocity(sold * 30 / period, VelocityBasis.DERIVED);
        }
        if (f.containsKey("d_rcpt")) {
            builder.lastReceiptDate(asOfDay - Integer.parseInt(f.get("d_rcpt")));
        }
        if (f.containsKey("last_receipt")) {
            builder.lastReceiptDate(day(f.get("last_receipt")));
        }
        if (f.containsKey("last_sale")) {
            builder.lastSaleDate(day(f.get("last_sale")));
        }
        if (f.containsKey("added")) {
            builder.dateAdded(day(f.get("added")));
        }
        builder.quantityDifference(number(f, "qty_diff"));
        builder.reorderPoint(number(f, "reorder"));
        builder.damaged(f.containsKey("damaged"));
        if (f.containsKey("seasonal")) {
            builder.seasonal(f.get("seasonal").equals("inferred") ? SeasonalSource.INFERRED : SeasonalSource.EXPLICIT);
        }
        builder.nonInventory(f.containsKey("non_inventory"));
        return builder.build();
    }

    /** The PO line of a {@code po} line. */
    static PurchaseOrderLine purchaseOrderLine(Line line) {
        Map<String, String> f = line.fields();
        String sku = line.field("sku", "");
        return new PurchaseOrderLine(
                "po.csv",
                line.number(),
                line.field("store", "default"),
                line.field("po", "1"),
                f.containsKey("date") ? day(f.get("date")) : ItemRecord.NO_DATE,
                PurchaseOrderStatus.valueOf(line.field("status", "UNKNOWN").toUpperCase(Locale.ROOT)),
                line.field("vendor", ""),
                Integer.parseInt(line.field("line", "1")),
                sku,
                line.field("barcode", ""),
                line.field("vendor_sku", ""),
                "",
                line.field("desc", ""),
                "",
                "",
                Double.NaN,
                number(f, "ordered"),
                number(f, "filled"),
                number(f, "cost"),
                Double.NaN,
                number(f, "retail"),
                f.containsKey("short"),
                f.containsKey("special"),
                f.containsKey("service"));
    }

    /** The sales line of a {@code sale} line. */
    static SalesLine salesLine(Line line) {
        return new SalesLine(
                "sales.csv",
                line.number(),
                line.field("store", "default"),
                line.field("sku", ""),
                line.field("barcode", ""),
                day(line.field("date", "")),
                Double.parseDouble(line.field("qty", "0")),
                Double.NaN,
                Double.NaN,
                "");
    }

    private static double number(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }

    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }
}
