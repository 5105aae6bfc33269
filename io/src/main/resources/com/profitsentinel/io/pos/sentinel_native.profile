# Profit Sentinel native format (engine.md §2.7; columns.md §7.6, §8, §11.5): exactly these 11 headers.
id: sentinel_native
name: Profit Sentinel native format
confidence: high
min-markers: all
marker: store_id
marker: sku
marker: qty_on_hand
marker: unit_cost
marker: margin_pct
marker: sales_last_30d
marker: days_since_receipt
marker: retail_price
marker: is_damaged
marker: on_order_qty
marker: is_seasonal

store_id -> store_id
sku -> sku
qty_on_hand -> qty_on_hand
unit_cost -> unit_cost
# margin_reported; its meaning (markup in the reference fixtures) is detected from the data (engine.md §2.3.3)
margin_pct -> margin_pct
# velocity basis PERIOD_30
sales_last_30d -> units_sold period=30
# d_rcpt in days, not a date; the normalizer reads it directly (engine.md §2.7)
days_since_receipt -> extended
retail_price -> retail_price
is_damaged -> is_damaged
on_order_qty -> qty_on_order
is_seasonal -> is_seasonal
