# POSIM physical-inventory import (columns.md §7.5, §8, §9.8): exactly these four headers, in this order.
id: posim_count
name: POSIM physical-inventory import
confidence: high
min-markers: all
exact-headers: SKU, Quantity, Location, Who
marker: SKU
marker: Quantity
marker: Location
marker: Who

# keep leading zeros
SKU -> sku
Quantity -> qty_counted
Location -> bin_location
Who -> extended
