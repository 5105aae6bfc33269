# Orgill purchase order (columns.md §7.2, §8): detected by its first line. Rows 1–14 are a header block, row 15 the
# column headers; line items are read by position (29 positions, §7.2 table), so there is no header table here.
id: orgill_po
name: Orgill purchase order
confidence: high
first-line-prefix: Shipto:
