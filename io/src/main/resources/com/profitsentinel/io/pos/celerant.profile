# Celerant Command Retail (columns.md §8, §9.16). Dates MM/DD/YYYY.
id: celerant
name: Celerant Command Retail
confidence: medium
min-markers: 3
marker: Item Number
marker: Alt Item Number
marker: Subclass
marker: Qty Committed
marker: Vendor Item Number
marker: Last Received Date

Item Number -> sku
Alt Item Number -> alt_sku
UPC -> barcode
Description -> description
Description 2 -> description_alt
Department -> department
Class -> class_code
Subclass -> extended
Vendor Code -> vendor_code
Vendor Name -> vendor
Vendor Item Number -> vendor_sku
Cost -> unit_cost
Average Cost -> avg_cost
Last Cost -> last_cost
Price -> retail_price
MSRP -> suggested_retail
Qty On Hand -> qty_on_hand
Qty Available -> qty_available
Qty On Order -> qty_on_order
Qty Committed -> extended
Reorder Point -> reorder_point
Last Sold Date -> last_sale_date
Last Received Date -> last_receipt_date
Margin % -> margin_pct
# store_id or bin_location (location rule, §6.3)
Location -> location
Bin -> bin_location
Status -> status
