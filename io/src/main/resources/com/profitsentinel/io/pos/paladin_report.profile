# Paladin POS report-style export, Reports > Inventory (columns.md §8, §9.2, §11.2). Dates YYYYMMDD.
id: paladin_report
name: Paladin POS (report-style export)
confidence: high
min-markers: any
marker: Margin @Cost
marker: Inventory @Cost
marker: Inventory @Retail
marker: Inventory @AvgCost
marker: Retail Dif.

SKU -> sku
# vendor catalog number — not the vendor
Vendor SKU -> vendor_sku
# vendor name
Vendor -> vendor
Cat. -> category
Dpt. -> department
BIN -> bin_location
Description Full -> description
Description Short -> description_alt
# includes negatives (preferred)
Qty. -> qty_on_hand
# physical, never negative
Qty On Hand -> qty_on_hand_secondary
Std. Cost -> unit_cost
Avg. Cost -> avg_cost
Retail -> retail_price
# never the retail price when Retail exists
Sug. Retail -> suggested_retail
# unreliable; meaning (margin vs markup) detected from data
Margin @Cost -> margin_pct
# not a quantity
Inventory @Cost -> inventory_value_cost
Inventory @Retail -> inventory_value_retail
Inventory @AvgCost -> extended
# period from the report settings (ask the user; default assumed)
Sales -> units_sold period=ASSUMED
# dollars, never units
$ Sold -> sales_dollars
# YYYYMMDD
Last Sale -> last_sale_date
# YYYYMMDD
Last Purchase -> last_receipt_date
On Order -> qty_on_order
Min. -> reorder_point
Max. -> max_qty
Pkg. -> package_qty
# not the SKU
Barcode -> barcode
# return quantity
Returns -> extended
# retail vs suggested difference
Retail Dif. -> extended
