# Shopify inventory export (columns.md §8, §9.17). One row per item and location: `Location` is the store. The API
# name on_hand_current has the same key as `On hand (current)`.
id: shopify_inventory
name: Shopify inventory export
confidence: high
min-markers: 2
marker: Handle
marker: On hand (current)
marker: On hand (new)
marker: Available (not editable)
marker: Committed (not editable)
marker: Incoming (not editable)
marker: Bin name

Handle -> pos_item_id
Title -> description
Option1 Name -> extended
Option1 Value -> extended
Option2 Name -> extended
Option2 Value -> extended
Option3 Name -> extended
Option3 Value -> extended
SKU -> sku
HS Code -> extended
COO -> extended
# one row per location
Location -> store_id
Bin name -> bin_location
Incoming (not editable) -> qty_on_order
Unavailable (not editable) -> extended
Committed (not editable) -> extended
Available (not editable) -> qty_available
On hand (current) -> qty_on_hand
# import column
On hand (new) -> extended
