# Ace Hardware ARS (columns.md §8, §9.22, §11.5). Row-based multi-store: `Store_Number` is the store. Dates MM/DD/YYYY.
id: ace
name: Ace Hardware (ARS)
confidence: medium
min-markers: 2
marker: Ace_Item_Number
marker: Season_Code
marker: Dept_Description
marker: YTD_Sold_Qty
marker: Store_Number

Store_Number -> store_id
SKU -> sku
Ace_Item_Number -> coop_item_number
UPC -> barcode
Description -> description
Dept_Description -> department
# code
Dept -> extended
Class -> class_code
Subclass -> extended
Vendor_Number -> vendor_code
Vendor_Name -> vendor
Vendor_Part_Number -> vendor_sku
On_Hand -> qty_on_hand
On_Order -> qty_on_order
Unit_Cost -> unit_cost
Retail -> retail_price
Margin -> margin_pct
Last_Sold_Date -> last_sale_date
Last_Received_Date -> last_receipt_date
YTD_Sold_Qty -> units_sold period=YTD
YTD_Sold_Dollars -> sales_dollars
Min -> reorder_point
Max -> max_qty
Bin_Location -> bin_location
Pack_Size -> package_qty
Season_Code -> season_code
# ACTIVE, DISCONTINUED, SEASONAL, CLOSEOUT
Status -> status
