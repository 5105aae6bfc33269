# Paladin POS: the 29-column production inventory report, verified on real exports (columns.md §8, §9.3).
# The reference implementation mapped this header row with duplicate targets; this table is the required result.
id: paladin_report_29
name: Paladin POS (inventory report, 29 columns)
confidence: high
min-markers: 3
marker: In Stock Qty.
marker: Inventoried Qty.
marker: Qty. Difference
marker: Profit Margin %
marker: Sub Total
marker: Sku Was Added
marker: Allow Retail Edit
marker: Last Perpetual Inventory Date
marker: Real Perpetual Inventory Date
marker: Last Pur.

SKU -> sku
Vendor SKU -> vendor_sku
# exported with a trailing space; keys are trimmed
Description -> description
Description Short -> description_alt
Pkg. Qty. -> package_qty
Inventoried Qty. -> qty_counted
In Stock Qty. -> qty_on_hand
# counted − book
Qty. Difference -> qty_difference
Cost -> unit_cost
Sub Total -> inventory_value_cost
Changed -> last_changed_date
Sug. Retail -> suggested_retail
Retail -> retail_price
# percent units (25.9); unreliable, recomputed from cost and retail
Profit Margin % -> margin_pct
Allow Retail Edit -> extended
Last Perpetual Inventory Date -> last_count_date
Real Perpetual Inventory Date -> extended
Barcode -> barcode
Vendor -> vendor
Category -> category
Dpt. -> department
BIN -> bin_location
Status -> status
# the report does not state its period
Sold -> units_sold period=ASSUMED
Last Sale -> last_sale_date
Pur. -> units_purchased
Last Pur. -> last_receipt_date
Sku Was Added -> date_added
Formula -> extended
