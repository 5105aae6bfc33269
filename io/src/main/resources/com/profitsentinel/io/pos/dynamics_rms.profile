# Microsoft Dynamics RMS item table names (columns.md §8, §9.20). Confirm with a customer sample. The lower-case API
# names itemlookupcode, pricea, priceb and pricec have the same keys as the headers below.
id: dynamics_rms
name: Microsoft Dynamics RMS
confidence: medium
min-markers: 2
marker: ItemLookupCode
marker: PriceA
marker: PriceB
marker: PriceC
marker: ExtendedDescription
marker: RestockLevel
marker: QuantityCommitted

ItemLookupCode -> sku
Description -> description
# NOT EXPRESSIBLE as an equal: the spec maps the API name `itemdescription` to description like `Description`, but
# its key differs (itemdescription) and the format allows one first choice per field; it is an alternative here.
itemdescription -> description alt
ExtendedDescription -> description_alt
SubDescription1 -> extended
SubDescription2 -> extended
SubDescription3 -> extended
itemsubdescription2 -> extended
Price -> retail_price
PriceA -> retail_price alt
PriceB -> extended
PriceC -> extended
SalePrice -> extended
MSRP -> suggested_retail
Cost -> unit_cost
LastCost -> last_cost
ReplacementCost -> extended
Quantity -> qty_on_hand
QuantityCommitted -> extended
ReorderPoint -> reorder_point
RestockLevel -> max_qty
LastSold -> last_sale_date
LastReceived -> last_receipt_date
DateCreated -> date_added
# 1/True → inactive
Inactive -> status
BinLocation -> bin_location
DepartmentID -> department
CategoryID -> category
SupplierID -> vendor_code
ItemType -> item_type
