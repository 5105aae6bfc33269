# Paladin POS native export, Utilities > Export (columns.md §8, §9.1). Dates YYYYMMDD; flags Y/N or 1/0.
id: paladin_native
name: Paladin POS (native export)
confidence: high
min-markers: any
# "Part Number" has the plain key partnumber too but is far too common to be a Paladin fingerprint
# (columns.md §11.3 maps it generically), so this marker counts only when written exactly.
marker-literal: partnumber
marker: mktcost
marker: plvl_price1
marker: stockonhand

# primary identifier
partnumber -> sku
altpartnumber -> alt_sku
# manufacturer part number
mfgpartnumber -> vendor_sku
upccode -> barcode
description1 -> description
description2 -> description_alt
stockonhand -> qty_on_hand
onorderqty -> qty_on_order
minorderqty -> reorder_point
maxorderqty -> max_qty
# market cost (last invoice cost)
mktcost -> unit_cost
avgcost -> avg_cost
# current selling price
netprice -> retail_price
# price level 1
plvl_price1 -> retail_price alt
# contractor / wholesale levels
plvl_price2 -> extended
plvl_price3 -> extended
supplier_number1 -> vendor_code
supplier_number2 -> extended
deptid -> department
classid -> class_code
fineline -> extended
binlocation -> bin_location
lastsaledate -> last_sale_date
lastreceiveddate -> last_receipt_date
qtysold_ytd -> units_sold period=YTD
qtysold_mtd -> units_sold alt period=MTD
# A active, I inactive, D discontinued
status -> status
# unreliable; recomputed from cost and price
margin -> margin_pct
# Y/N
taxable -> extended
