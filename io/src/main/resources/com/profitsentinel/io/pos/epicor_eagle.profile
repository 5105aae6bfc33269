# Epicor Eagle: Item Master, DAFL and Report Builder exports (columns.md §8, §9.4, §11.5). DAFL files are
# pipe-delimited, may omit headers and replace commas in data with `?` (§2.1). Dates MM/DD/YY or YYYY-MM-DD.
id: epicor_eagle
name: Epicor Eagle
confidence: high
min-markers: 2
marker: qty_oh
marker: posting_cost
marker: last_rcpt
marker: ly_sold
marker: sug_retail
marker: core_cost
marker: gmroi

# Report Builder item number
sku -> sku
# item id when sku is absent, else extended
ean -> sku alt
upc -> barcode
alt_sku -> alt_sku
# manufacturer number
mfg_no -> extended
vendor_no -> vendor_code
vendor_item_no -> vendor_sku
# 30 characters
desc -> description
desc2 -> description_alt
long_desc -> extended
qty_oh -> qty_on_hand
# on hand − committed
qty_avl -> qty_available
qty_on_ord -> qty_on_order
# backorder, committed, reorder quantity
qty_bo -> extended
qty_comm -> extended
reorder_qty -> extended
min_qty -> reorder_point
max_qty -> max_qty
# cost used for COGS
posting_cost -> unit_cost
avg_cost -> avg_cost
last_cost -> last_cost
replacement_cost -> extended
landed_cost -> extended
core_cost -> extended
retail -> retail_price
# price levels
price_1 -> extended
price_2 -> extended
price_3 -> extended
price_4 -> extended
sug_retail -> suggested_retail
msrp -> suggested_retail alt
promo_price -> extended
# code
dept -> department
class -> class_code
fineline -> extended
sub_dept -> extended
ytd_sold -> units_sold period=YTD
ly_sold -> units_sold alt period=365
mtd_sold -> extended
wtd_sold -> extended
last_sold -> last_sale_date
last_rcpt -> last_receipt_date
last_count -> last_count_date
turns -> extended
gmroi -> extended
weight -> extended
aisle -> extended
margin -> margin_pct
# A / D
status -> status
pkg_qty -> package_qty
# EA, CS …
uom -> unit_of_measure
bin_loc -> bin_location
