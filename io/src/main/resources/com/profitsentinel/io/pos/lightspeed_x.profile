# Lightspeed X-Series, formerly Vend (columns.md §8, §9.11). Row-based multi-outlet: `outlet_name` is the store.
id: lightspeed_x
name: Lightspeed X-Series (Vend)
confidence: high
min-markers: 2
marker: product_handle
marker: supply_price
marker: outlet_name
marker: variant_loyalty_value
marker: current_inventory

product_handle -> pos_item_id
variant_sku -> sku
product_name -> description
variant_name -> description_alt
supply_price -> unit_cost
retail_price -> retail_price
markup -> markup_pct
brand_name -> extended
supplier_name -> vendor
supplier_code -> vendor_code
product_type -> category
tags -> extended
outlet_name -> store_id
current_inventory -> qty_on_hand
reorder_point -> reorder_point
reorder_amount -> extended
variant_loyalty_value -> extended
product_active -> status
