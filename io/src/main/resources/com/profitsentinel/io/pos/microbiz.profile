# MicroBiz (columns.md §8, §9.15). Dates MM/DD/YYYY.
id: microbiz
name: MicroBiz
confidence: medium
min-markers: 3
marker: Item Number
marker: Item Name
marker: Track Inventory
marker: Compare At Price
marker: Quantity Reserved

Item Number -> sku
Item Name -> description
Description -> description_alt
Long Description -> extended
Department -> department
Category -> category
Vendor -> vendor
Vendor Item Number -> vendor_sku
Manufacturer -> extended
UPC -> barcode
Cost -> unit_cost
Average Cost -> avg_cost
Last Cost -> last_cost
Price -> retail_price
MSRP -> suggested_retail
Compare At Price -> suggested_retail alt
Quantity On Hand -> qty_on_hand
Quantity Available -> qty_available
Quantity On Order -> qty_on_order
Quantity Reserved -> extended
Reorder Point -> reorder_point
Bin Location -> bin_location
Last Sale Date -> last_sale_date
Last Receipt Date -> last_receipt_date
# No → non-inventory
Track Inventory -> tracks_inventory
Matrix -> extended
eCommerce -> extended
Active -> status
