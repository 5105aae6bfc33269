# Retail Pro (columns.md §8, §9.12). Row-based multi-store: `Store Code` is the store. Dates MM/DD/YYYY.
id: retail_pro
name: Retail Pro
confidence: high
min-markers: 2
marker: SID
marker: ALU
marker: DCS
marker: Qty OH
marker: Qty OO

# the user-facing item code
ALU -> sku
Item Lookup Code -> alt_sku
SID -> pos_item_id
UPC -> barcode
Description 1 -> description
Description 2 -> description_alt
DCS -> class_code
Department Name -> department
Class Name -> category
Vendor Code -> vendor_code
Vendor Name -> vendor
Vendor Part Number -> vendor_sku
Cost -> unit_cost
Last Cost -> last_cost
Average Cost -> avg_cost
Price 1 -> retail_price
Price 2 -> extended
Price 3 -> extended
Price 4 -> extended
Price 5 -> extended
Qty OH -> qty_on_hand
Qty Avail -> qty_available
Qty OO -> qty_on_order
Qty Committed -> extended
Min -> reorder_point
Max -> max_qty
Last Sold -> last_sale_date
Last Received -> last_receipt_date
Margin -> margin_pct
Store Code -> store_id
Subsidiary -> extended
Season Code -> season_code
Inventory Status -> status
