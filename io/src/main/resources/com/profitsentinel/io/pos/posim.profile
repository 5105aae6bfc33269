# POSIM export (columns.md §8, §9.8). Low confidence: based on documentation, confirm with a customer sample. The
# count-import format is the separate profile posim_count.
id: posim
name: POSIM export
confidence: low
min-markers: 3
marker: ItemNum
marker: Price 1
marker: Minimum Stock
marker: Maximum Stock
marker: Quantity on Hand

# `ItemNum` has the same key (itemnumber), so this one row covers both spellings
Item Number -> sku
Description -> description
Department -> department
Category -> category
Vendor -> vendor
# NOT EXPRESSIBLE: the spec maps both `UPC` and `Barcode` to barcode as equals; the format allows one first choice per
# field, so `Barcode` is written as an alternative (it scores 0.05 less and becomes extended when UPC is present).
UPC -> barcode
Barcode -> barcode alt
Quantity on Hand -> qty_on_hand
Cost -> unit_cost
Average Cost -> avg_cost
MSRP -> suggested_retail
Price 1 -> retail_price
Price 2 -> extended
Minimum Stock -> reorder_point
Maximum Stock -> max_qty
Last Received -> last_receipt_date
Last Sold -> last_sale_date
Location -> bin_location
Status -> status
