# Spruce POS (columns.md §8, §9.6). Low confidence: based on documentation, confirm with a customer sample.
id: spruce
name: Spruce POS
confidence: low
min-markers: 2
marker: On Hand Qty
marker: Board Feet
marker: BdFt
marker: Linear Feet
marker: LinFt
marker: Species
marker: Grade

Item Number -> sku
SKU -> sku alt
Description -> description
Department -> department
Category -> category
Vendor -> vendor
Vendor Item Number -> vendor_sku
On Hand Qty -> qty_on_hand
Cost -> unit_cost
Price -> retail_price
Retail -> retail_price alt
Unit of Measure -> unit_of_measure
Board Feet -> extended
BdFt -> extended
Linear Feet -> extended
LinFt -> extended
Species -> extended
Grade -> extended
Reorder Point -> reorder_point
# store_id or bin_location (location rule, §6.3)
Location -> location
Last Received Date -> last_receipt_date
Last Sold Date -> last_sale_date
