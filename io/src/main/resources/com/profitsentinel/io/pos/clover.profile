# Clover inventory export (columns.md §8, §9.19). Low confidence: based on documentation, confirm with a customer
# sample. The API names clover_id and labels have the same keys as `Clover ID` and `Labels`.
id: clover
name: Clover inventory export
confidence: low
min-markers: 2
marker: Clover ID
marker: Alternate Name
marker: Price Type
marker: Price Unit
marker: Non-revenue item
marker: Modifier Groups

Clover ID -> pos_item_id
Name -> description
Alternate Name -> description_alt
SKU -> sku
# a barcode in Clover (generically Product Code is an alternate SKU)
Product Code -> barcode
Price -> retail_price
Cost -> unit_cost
Quantity -> qty_on_hand
Categories -> category
Labels -> extended
# Yes → inactive
Hidden -> status
Non-revenue item -> non_inventory_flag
Price Type -> extended
Price Unit -> extended
Tax Rates -> extended
Modifier Groups -> extended
Printer Labels -> extended
Discountable -> extended
