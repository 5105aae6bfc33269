# IdoSoft / Paladin SHLP-YTD report (columns.md §8, §9.9, §11.5). Last Sale is `Mon DD,YY` (Jun 02,25); Real Date is
# YYYYMMDD. The report has no retail price: retail-based rules report COLUMN_MISSING.
id: idosoft_shlp
name: IdoSoft / Paladin SHLP-YTD report
confidence: medium
min-markers: 3
marker: Real Date
marker: Year Total
marker: Gross Sales
marker: Stock
marker: Jan
marker: Feb
marker: Mar
marker: Apr
marker: May
marker: Jun
marker: Jul
marker: Aug
marker: Sep
marker: Oct
marker: Nov
marker: Dec

SKU -> sku
Description -> description
Vendor -> vendor
Vendor SKU -> vendor_sku
Stock -> qty_on_hand
Avg. Cost -> avg_cost
Gross Sales -> sales_dollars
Last Sale -> last_sale_date
Real Date -> last_receipt_date
# period YTD in this profile (generically a 365-day total)
Year Total -> units_sold period=YTD
# monthly units
Jan -> extended
Feb -> extended
Mar -> extended
Apr -> extended
May -> extended
Jun -> extended
Jul -> extended
Aug -> extended
Sep -> extended
Oct -> extended
Nov -> extended
Dec -> extended
