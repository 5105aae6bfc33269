package com.profitsentinel.testing.samples;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Shopify product CSV (columns.md §7.3, §9.17, §11.5): variant rows continue the product row with blank product
 * columns, one variant has no SKU (synthesized from the handle and option values), and one row carries only an image.
 */
final class ShopifyProducts {
    private static final List<String> HEADERS = List.of(
            "Handle",
            "Title",
            "Body (HTML)",
            "Vendor",
            "Type",
            "Tags",
            "Published",
            "Option1 Name",
            "Option1 Value",
            "Option2 Name",
            "Option2 Value",
            "Option3 Name",
            "Option3 Value",
            "Variant SKU",
            "Variant Grams",
            "Variant Inventory Tracker",
            "Variant Inventory Qty",
            "Variant Inventory Policy",
            "Variant Fulfillment Service",
            "Variant Price",
            "Variant Compare At Price",
            "Variant Requires Shipping",
            "Variant Taxable",
            "Variant Barcode",
            "Image Src",
            "Image Position",
            "Image Alt Text",
            "Gift Card",
            "SEO Title",
            "SEO Description",
            "Variant Image",
            "Variant Weight Unit",
            "Variant Tax Code",
            "Cost per item");

    private static final Map<String, String> TARGETS = Map.of(
            "Handle", "pos_item_id",
            "Title", "description",
            "Vendor", "vendor",
            "Type", "category",
            "Variant SKU", "sku",
            "Variant Inventory Qty", "qty_on_hand",
            "Variant Price", "retail_price",
            "Variant Compare At Price", "suggested_retail",
            "Variant Barcode", "barcode",
            "Cost per item", "unit_cost");

    private static final String IMAGES = "https://cdn.shopify.com/s/files/1/0612/4417/2093/products/";

    private record Variant(
            List<String> options,
            String sku,
            int grams,
            int quantity,
            String price,
            String compareAt,
            String barcode,
            String cost) {
        Variant {
            options = List.copyOf(options);
            requireNonNull(sku, "sku is null");
            requireNonNull(price, "price is null");
            requireNonNull(compareAt, "compareAt is null");
            requireNonNull(barcode, "barcode is null");
            requireNonNull(cost, "cost is null");
        }
    }

    private record Product(
            String handle,
            String title,
            String body,
            String vendor,
            String type,
            String tags,
            List<String> optionNames,
            List<Variant> variants,
            List<String> images) {
        Product {
            requireNonNull(handle, "handle is null");
            optionNames = List.copyOf(optionNames);
            variants = List.copyOf(variants);
            images = List.copyOf(images);
        }
    }

    private ShopifyProducts() {}

    static SampleDefinition definition() {
        List<ExpectedColumn> expected = HEADERS.stream()
                .map(header -> ExpectedColumn.mapped(header, TARGETS.getOrDefault(header, "extended")))
                .toList();
        Sample sample = new Sample(
                "shopify-product.csv",
                "shopify_product",
                "Shopify (product export)",
                FileType.INVENTORY,
                "Variant rows that continue their product row (blank Title/Vendor/Type), a variant without `Variant"
                        + " SKU` (synthesized `garden-hose-5-8-inch/100 ft/Green`), an image-only row, a negative"
                        + " `Variant Inventory Qty`, a blank `Cost per item`, HTML bodies with commas.",
                expected,
                List.of());
        List<JsonText.Member> extra = List.of(
                new JsonText.Member(
                        "synthesized_skus", JsonText.stringArray(List.of("garden-hose-5-8-inch/100 ft/Green"))),
                new JsonText.Member("image_rows_skipped", "1"));
        return new SampleDefinition(sample, () -> TextLayout.CSV_LF.render(table()), extra);
    }

    private static Table table() {
        List<List<String>> rows = new ArrayList<>();
        for (Product product : products()) {
            for (int index = 0; index < product.variants().size(); index++) {
                rows.add(variantRow(product, index));
            }
            for (int index = 1; index < product.images().size(); index++) {
                List<String> row = blankRow();
                set(row, "Handle", product.handle());
                set(row, "Image Src", IMAGES + product.images().get(index));
                set(row, "Image Position", Integer.toString(index + 1));
                set(row, "Image Alt Text", product.title());
                rows.add(row);
            }
        }
        return Table.ofText(HEADERS, rows);
    }

    private static List<String> variantRow(Product product, int index) {
        Variant variant = product.variants().get(index);
        List<String> row = blankRow();
        set(row, "Handle", product.handle());
        if (index == 0) {
            set(row, "Title", product.title());
            set(row, "Body (HTML)", product.body());
            set(row, "Vendor", product.vendor());
            set(row, "Type", product.type());
            set(row, "Tags", product.tags());
            set(row, "Published", "TRUE");
            set(row, "Gift Card", "FALSE");
            set(row, "SEO Title", product.title());
            set(row, "Image Src", IMAGES + product.images().getFirst());
            set(row, "Image Position", "1");
            set(row, "Image Alt Text", product.title());
        }
        for (int option = 0; option < product.optionNames().size(); option++) {
            if (index == 0) {
                set(
                        row,
                        "Option" + (option + 1) + " Name",
                        product.optionNames().get(option));
            }
            set(row, "Option" + (option + 1) + " Value", variant.options().get(option));
        }
        set(row, "Variant SKU", variant.sku());
        set(row, "Variant Grams", Integer.toString(variant.grams()));
        set(row, "Variant Inventory Tracker", "shopify");
        set(row, "Variant Inventory Qty", Integer.toString(variant.quantity()));
        set(row, "Variant Inventory Policy", "deny");
        set(row, "Variant Fulfillment Service", "manual");
        set(row, "Variant Price", variant.price());
        set(row, "Variant Compare At Price", variant.compareAt());
        set(row, "Variant Requires Shipping", "TRUE");
        set(row, "Variant Taxable", "TRUE");
        set(row, "Variant Barcode", variant.barcode());
        set(row, "Variant Weight Unit", "lb");
        set(row, "Cost per item", variant.cost());
        return row;
    }

    private static List<Product> products() {
        return List.of(
                new Product(
                        "garden-hose-5-8-inch",
                        "Garden Hose 5/8 in",
                        "<p>Kink-resistant, 8-ply hose with crush-proof \"Pro\" couplings.</p>",
                        "Gilmour",
                        "Hoses",
                        "garden, hose, watering",
                        List.of("Length", "Color"),
                        List.of(
                                new Variant(
                                        List.of("50 ft", "Green"),
                                        "0011536",
                                        2948,
                                        14,
                                        "29.99",
                                        "32.99",
                                        upc("0011536"),
                                        "18.49"),
                                new Variant(
                                        List.of("50 ft", "Black"),
                                        "0011536-BK",
                                        2948,
                                        6,
                                        "29.99",
                                        "32.99",
                                        "",
                                        "18.49"),
                                new Variant(List.of("100 ft", "Green"), "", 5670, 3, "49.99", "", "", "31.20")),
                        List.of("garden-hose-green.jpg", "garden-hose-black.jpg")),
                new Product(
                        "deck-screws-8-x-2-1-2",
                        "Deck Screws #8 x 2-1/2 in",
                        "<p>Coated, star drive, for pressure-treated lumber.</p>",
                        "Hillman",
                        "Fasteners",
                        "fasteners, deck",
                        List.of("Size"),
                        List.of(
                                new Variant(
                                        List.of("1 lb"), "0060114", 454, 42, "10.99", "11.99", upc("0060114"), "6.12"),
                                new Variant(List.of("5 lb"), "0060114-5", 2268, 9, "39.99", "", "", "24.80")),
                        List.of("deck-screws.jpg")),
                single(
                        "leaf-rake-24-inch",
                        "Poly Leaf Rake 24 in",
                        "Ames",
                        "Hand Tools",
                        "0102129",
                        1360,
                        7,
                        "14.99",
                        "16.99",
                        "9.17"),
                new Product(
                        "jersey-work-gloves",
                        "Jersey Work Gloves",
                        "<p>Cotton jersey, knit wrist.</p>",
                        "Boss",
                        "Gloves",
                        "gloves",
                        List.of("Size"),
                        List.of(
                                new Variant(List.of("S"), "0231456-S", 85, 8, "3.99", "", "", "2.10"),
                                new Variant(List.of("M"), "0231456-M", 85, 12, "3.99", "", "", "2.10"),
                                new Variant(List.of("L"), "0231456", 90, -2, "3.99", "4.49", upc("0231456"), "2.10"),
                                new Variant(List.of("XL"), "0231456-XL", 95, 5, "3.99", "", "", "")),
                        List.of("jersey-gloves.jpg")),
                single(
                        "potting-mix-2-cu-ft",
                        "Potting Mix 2 cu ft",
                        "Scotts Miracle-Gro",
                        "Soils",
                        "0016287",
                        11340,
                        30,
                        "15.99",
                        "16.99",
                        "10.45"),
                single(
                        "tape-measure-25-ft",
                        "Tape Measure 25 ft",
                        "Stanley",
                        "Measuring",
                        "0070118",
                        410,
                        11,
                        "19.99",
                        "21.99",
                        "11.20"),
                new Product(
                        "led-bulb-a19-4-pack",
                        "LED Bulb A19 60W Equivalent, 4 Pack",
                        "<p>800 lumens, 10-year life.</p>",
                        "GE Lighting",
                        "Light Bulbs",
                        "lighting, led",
                        List.of("Color Temperature"),
                        List.of(
                                new Variant(
                                        List.of("Soft White"),
                                        "0100135",
                                        340,
                                        24,
                                        "12.99",
                                        "13.99",
                                        upc("0100135"),
                                        "6.75"),
                                new Variant(List.of("Daylight"), "0100135-DL", 340, 0, "12.99", "13.99", "", "6.75")),
                        List.of("led-a19.jpg")),
                single(
                        "wild-bird-seed-20-lb",
                        "Wild Bird Seed 20 lb",
                        "Wagner's",
                        "Bird Care",
                        "0110158",
                        9072,
                        16,
                        "16.99",
                        "17.99",
                        "10.30"),
                single(
                        "ice-melt-50-lb",
                        "Ice Melt 50 lb",
                        "Scotwood Industries",
                        "Winter",
                        "0110134",
                        22680,
                        85,
                        "19.99",
                        "21.99",
                        "11.90"),
                single(
                        "wheelbarrow-6-cu-ft",
                        "Wheelbarrow 6 cu ft Steel",
                        "Ames",
                        "Wheelbarrows",
                        "0120133",
                        22000,
                        3,
                        "99.99",
                        "109.99",
                        "112.00"),
                single(
                        "charcoal-briquets-16-lb",
                        "Charcoal Briquets 16 lb",
                        "Kingsford",
                        "Grilling",
                        "0110127",
                        7257,
                        40,
                        "13.99",
                        "14.99",
                        "8.90"),
                single(
                        "tomato-cage-42-inch",
                        "Tomato Cage 42 in, Galvanized",
                        "Glamos Wire",
                        "Plant Supports",
                        "0120140",
                        680,
                        60,
                        "3.99",
                        "",
                        "1.95"));
    }

    private static Product single(
            String handle,
            String title,
            String vendor,
            String type,
            String sku,
            int grams,
            int quantity,
            String price,
            String compareAt,
            String cost) {
        return new Product(
                handle,
                title,
                "<p>" + title + ".</p>",
                vendor,
                type,
                type.toLowerCase(Locale.ROOT),
                List.of("Title"),
                List.of(new Variant(List.of("Default Title"), sku, grams, quantity, price, compareAt, upc(sku), cost)),
                List.of(handle + ".jpg"));
    }

    private static String upc(String sku) {
        return Catalog.item(sku).upc().orElse("");
    }

    private static List<String> blankRow() {
        List<String> row = new ArrayList<>(HEADERS.size());
        for (int index = 0; index < HEADERS.size(); index++) {
            row.add("");
        }
        return row;
    }

    private static void set(List<String> row, String header, String value) {
        int index = HEADERS.indexOf(header);
        if (index < 0) {
            throw new IllegalArgumentException("no Shopify header " + header);
        }
        row.set(index, value);
    }
}
