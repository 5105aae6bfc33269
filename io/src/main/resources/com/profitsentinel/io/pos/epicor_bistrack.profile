# Epicor BisTrack lumber fields (columns.md §8, §9.5). Items with several units of measure (selling, buying, pricing,
# stocking) are analysed in the stocking unit as exported; no unit conversion is attempted.
id: epicor_bistrack
name: Epicor BisTrack (lumber)
confidence: medium
min-markers: 2
marker: board_feet
marker: linear_feet
marker: selling_uom
marker: stocking_uom
marker: cost_per_bf
marker: tally
marker: mbf

# NOT EXPRESSIBLE: the spec lists `pieces` as qty_on_hand (alt) and `cost_per_bf` as unit_cost (alt), but this table
# has no first choice for either field and the profile format accepts `alt` only after a first choice. They are
# written as first choices: they still map when no other column claims the field, but a losing one stays unmapped
# instead of becoming extended (§6.4 step 3), and they score 0.95 instead of 0.90.
# piece count when no on-hand column
pieces -> qty_on_hand
cost_per_bf -> unit_cost
selling_uom -> unit_of_measure
bundle_qty -> package_qty
lift_qty -> extended
yard_location -> bin_location
rack -> extended
bay -> extended
board_feet -> extended
bf -> extended
linear_feet -> extended
lf -> extended
square_feet -> extended
sf -> extended
tally -> extended
mbf -> extended
thickness -> extended
width -> extended
length -> extended
grade -> extended
species -> extended
treatment -> extended
moisture_content -> extended
buying_uom -> extended
pricing_uom -> extended
stocking_uom -> extended
cost_per_lf -> extended
cost_per_mbf -> extended
nominal_size -> extended
surfacing -> extended
drying -> extended
certification -> extended
random_length -> extended
