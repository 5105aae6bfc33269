# NCR Counterpoint, IM_ITEM table (columns.md §8, §9.7, §11.5). TSV or CSV; SQL-style abbreviated headers; dates
# YYYY-MM-DD (SQL) or MM/DD/YYYY (reports).
id: ncr_counterpoint
name: NCR Counterpoint
confidence: high
min-markers: 3
marker: item_no
marker: categ_cod
marker: subcat_cod
marker: qty_on_hnd
marker: lst_cost
marker: prc_1
marker: lst_recv_dat
marker: lst_sold_dat

item_no -> sku
descr -> description
long_descr -> description_alt
short_descr -> extended
addl_descr_1 -> extended
addl_descr_2 -> extended
barcod -> barcode
upc_cod -> barcode alt
# I inventory, N non-inventory, S serialized
item_typ -> item_type
categ_cod -> category
subcat_cod -> class_code
acct_cod -> extended
attr_cod_1 -> extended
attr_cod_2 -> extended
attr_cod_3 -> extended
qty_on_hnd -> qty_on_hand
qty_avail -> qty_available
net_qty -> extended
qty_on_ord -> qty_on_order
qty_on_po -> qty_on_order alt
qty_on_bo -> extended
qty_commit -> extended
reord_qty -> extended
min_qty -> reorder_point
max_qty -> max_qty
prc_1 -> retail_price
reg_prc -> retail_price alt
prc_2 -> extended
prc_3 -> extended
prc_4 -> extended
prc_5 -> extended
prc_6 -> extended
prc_7 -> extended
prc_8 -> extended
prc_9 -> extended
prc_10 -> extended
min_prc -> extended
# a margin policy, not the item's margin
min_mrgn_pct -> extended
# last cost is Counterpoint's primary cost (profile only; generically it is last_cost)
lst_cost -> unit_cost
avg_cost -> avg_cost
std_cost -> extended
orig_cost -> extended
prev_cost -> extended
vend_no -> vendor_code
item_vend_no -> vendor_code alt
vend_part_no -> vendor_sku
lst_recv_dat -> last_receipt_date
lst_sold_dat -> last_sale_date
lst_cnt_dat -> last_count_date
# first receipt ≈ item start
fst_recv_dat -> date_added
lst_ord_dat -> extended
# maintenance date — never the last sale
lst_maint_dt -> last_changed_date
stat -> status
sell_unit -> unit_of_measure
stk_unit -> extended
loc_id -> store_id
is_ecomm_item -> extended
is_txbl -> extended
is_weighed -> extended
weight -> extended
