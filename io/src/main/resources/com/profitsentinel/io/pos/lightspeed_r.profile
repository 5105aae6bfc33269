# Lightspeed Retail R-Series (columns.md §7.1, §8, §9.10, §11.5). One column per store: `<store> - QOH`,
# `<store> - Reorder Point`, `<store> - Reorder Level`; the file is unpivoted to one record per store.
id: lightspeed_r
name: Lightspeed Retail R-Series
confidence: high
min-markers: 3
marker: System ID
marker: Custom SKU
marker: Manufacturer SKU
marker: Default Cost
marker: Default Price
marker-pattern: (?i).+ - QOH

System ID -> pos_item_id
Custom SKU -> sku
Manufacturer SKU -> alt_sku
Item/Description -> description
UPC -> barcode
EAN -> barcode alt
Default Cost -> unit_cost
Vendor Cost -> unit_cost alt
Default Price -> retail_price
MSRP -> suggested_retail
Vendor -> vendor
Vendor ID -> vendor_code
Brand -> extended
Category -> category
# the first Sub Category; further ones are renamed `Sub Category (2)` … by the reader (§2.6) and are extended
Sub Category -> class_code
~ (?i)Sub Category \(\d+\) -> extended
Tax Class -> extended
Discountable -> extended
# per-store columns (unpivoted, §7.1)
~ (?i).+ - QOH -> qty_on_hand
~ (?i).+ - Reorder Point -> reorder_point
~ (?i).+ - Reorder Level -> max_qty
