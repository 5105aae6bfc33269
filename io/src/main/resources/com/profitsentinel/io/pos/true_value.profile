# True Value (columns.md §8, §9.23, §11.5). Row-based multi-store: `Store_Number` is the store. Dates MM/DD/YYYY.
# True Value joined Do it Best in 2024; both layouts are supported.
id: true_value
name: True Value
confidence: medium
min-markers: 2
marker: TV_SKU
marker: Sug_Retail
marker: Dept_Name
marker: Sales_YTD_Units
marker: Min_Level
marker: Store_Number

Store_Number -> store_id
Item_Number -> sku
TV_SKU -> alt_sku
UPC -> barcode
Description -> description
Vendor_Number -> vendor_code
Vendor_Name -> vendor
Vendor_Part_Number -> vendor_sku
Dept_Name -> department
# code
Department -> extended
Category -> category
Qty_On_Hand -> qty_on_hand
Qty_On_Order -> qty_on_order
Unit_Cost -> unit_cost
Retail_Price -> retail_price
Sug_Retail -> suggested_retail
Margin_Pct -> margin_pct
Min_Level -> reorder_point
Max_Level -> max_qty
Last_Sale -> last_sale_date
Last_Receipt -> last_receipt_date
Sales_YTD_Units -> units_sold period=YTD
Sales_YTD_Dollars -> sales_dollars
Pack_Qty -> package_qty
Warehouse -> extended
# Active, Discontinued, Clearance
Status -> status
