# Rain POS (columns.md §8, §9.14). Dates MM/DD/YYYY.
id: rain_pos
name: Rain POS
confidence: medium
min-markers: 2
marker: Product ID
marker: Catalog ID
marker: Serialized
marker: Online Price

SKU -> sku
Product ID -> pos_item_id
Barcode -> barcode
Product Name -> description
Brand -> extended
Category -> category
Subcategory -> class_code
Vendor -> vendor
Vendor SKU -> vendor_sku
Cost -> unit_cost
MSRP -> suggested_retail
Retail Price -> retail_price
Sale Price -> extended
Online Price -> extended
Quantity On Hand -> qty_on_hand
Quantity Available -> qty_available
Quantity On Order -> qty_on_order
Reorder Point -> reorder_point
# store_id or bin_location (location rule, §6.3)
Location -> location
Last Sold -> last_sale_date
Last Received -> last_receipt_date
Catalog ID -> extended
Serialized -> extended
Year -> extended
Gender -> extended
Season -> season_code
Active -> status
