# KORONA POS (columns.md §8, §9.13, §11.5). Row-based multi-store: `Organizational Unit` is the store. Dates
# MM/DD/YYYY or ISO 8601.
id: korona
name: KORONA POS
confidence: high
min-markers: 2
marker: Commodity Group
marker: Organizational Unit
marker: Optimal Stock
marker: Sector
marker: Assortment

Number -> sku
Name -> description
Product Code -> alt_sku
Barcode -> barcode
EAN -> barcode alt
Commodity Group -> category
Commodity Group Number -> extended
Sector -> department
Assortment -> extended
Supplier -> vendor
Supplier Product Number -> vendor_sku
Purchase Price -> unit_cost
Retail Price -> retail_price
Sales Price -> retail_price alt
Special Price -> extended
Current Stock -> qty_on_hand
Min Stock -> reorder_point
Reorder Level -> reorder_point alt
Max Stock -> max_qty
Optimal Stock -> extended
Sold Quantity -> units_sold
# dollars, not a price
Revenue -> sales_dollars
# dollars, not a margin
Profit -> extended
Margin -> margin_pct
Organizational Unit -> store_id
Warehouse -> extended
Inventory Difference -> qty_difference
Active -> status
