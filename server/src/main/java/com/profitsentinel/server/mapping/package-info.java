/**
 * Mapping suggestions for uploaded files (api.md §4.4 and §5.2, columns.md §6.7): the routes in
 * {@link com.profitsentinel.server.mapping.MappingRoutes}, the response shapes in
 * {@link com.profitsentinel.server.mapping.MappingSuggestions}.
 */
@NullMarked
package com.profitsentinel.server.mapping;

import org.jspecify.annotations.NullMarked;
