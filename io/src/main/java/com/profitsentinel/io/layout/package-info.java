/**
 * Special file layouts and file types (columns.md §7): the Orgill purchase-order layout, generic purchase-order files,
 * sales-detail and physical-count files, files with a column per store (unpivot) and Shopify variant rows, and the
 * classification of a file as inventory, sales detail, purchase orders or count.
 */
@NullMarked
package com.profitsentinel.io.layout;

import org.jspecify.annotations.NullMarked;
