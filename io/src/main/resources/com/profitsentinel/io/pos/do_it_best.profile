# Do it Best member file (columns.md §8, §9.21, §11.5). Dates MM/DD/YYYY; 7-digit co-op item numbers are not UPCs.
# Patronage report fields (Patronage_Rate_Regular, Patronage_Rate_Promotional, Patronage_Rate_DirectShip,
# Patronage_Rate_Lumber, Cash_Discount_Earned, Total_Rebate_Earned) are read by the co-op module, not by this mapping.
id: do_it_best
name: Do it Best member file
confidence: medium
min-markers: 2
marker: Member_Number
marker: Whse_Code
marker: Velocity_Code
marker: Catalog_Page
marker: Suggested_Retail
marker: YTD_Sales_Units

# 7-digit Do it Best number; not a UPC
Item_Number -> sku
UPC -> barcode
Member_Number -> extended
Description -> description
Vendor_Name -> vendor
Vendor_Item_Number -> vendor_sku
Department_Name -> department
# 2-digit code
Department -> extended
Class -> class_code
Fineline -> extended
Qty_On_Hand -> qty_on_hand
Qty_On_Order -> qty_on_order
# net member cost
Unit_Cost -> unit_cost
Retail_Price -> retail_price
Suggested_Retail -> suggested_retail
Margin_Pct -> margin_pct
Min_Stock -> reorder_point
Max_Stock -> max_qty
Reorder_Qty -> extended
Last_Receipt_Date -> last_receipt_date
Last_Sale_Date -> last_sale_date
YTD_Sales_Units -> units_sold period=YTD
YTD_Sales_Dollars -> sales_dollars
YTD_Cost -> extended
# co-op warehouse (IN, OH, MT, OR, PA, CT), not a store
Whse_Code -> extended
Pack_Size -> package_qty
Velocity_Code -> extended
Catalog_Page -> extended
