# Shopify product export (columns.md §7.3, §8, §9.17, §11.5). Rows sharing a Handle form one product; variant rows
# leave the product columns blank; a blank Variant SKU is synthesized from Handle and option values. API-style names
# (handle, variant_sku, variant_barcode, title, body_html, cost_per_item, variant_price, variant_compare_at_price,
# type, tags) have the same keys as the headers below and map identically.
id: shopify_product
name: Shopify product export
confidence: high
min-markers: 2
marker: Handle
marker: Variant SKU
marker: Variant Barcode
marker: Variant Price
marker: Body (HTML)
marker: Variant Inventory Qty
marker: Cost per item

Handle -> pos_item_id
Title -> description
Body (HTML) -> extended
Vendor -> vendor
Product Category -> extended
Type -> category
Tags -> extended
Published -> extended
# used for SKU synthesis (§7.3)
Option1 Name -> extended
Option1 Value -> extended
Option2 Name -> extended
Option2 Value -> extended
Option3 Name -> extended
Option3 Value -> extended
Variant SKU -> sku
Variant Grams -> extended
Variant Inventory Tracker -> extended
Variant Inventory Qty -> qty_on_hand
Variant Inventory Policy -> extended
Variant Fulfillment Service -> extended
Variant Price -> retail_price
Variant Compare At Price -> suggested_retail
Variant Requires Shipping -> extended
Variant Taxable -> extended
Variant Barcode -> barcode
Image Src -> extended
Image Position -> extended
Image Alt Text -> extended
Gift Card -> extended
SEO Title -> extended
SEO Description -> extended
~ (?i)Google Shopping / .+ -> extended
Variant Image -> extended
Variant Weight Unit -> extended
Variant Tax Code -> extended
# often empty: a blank cost
Cost per item -> unit_cost
Status -> status
