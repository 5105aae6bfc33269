package com.profitsentinel.io.layout;

import com.profitsentinel.io.mapping.HeaderKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The alias tables of the layouts that map their columns by alias alone: sales-detail files (columns.md §7.4) and
 * generic purchase-order files (§7.2). Headers are compared by {@link HeaderKeys#key}, so {@code Qty Ordered},
 * {@code qty_ordered} and {@code QtyOrdered} are one alias. The assignment is global and column-order-independent:
 * fields take columns in declaration order, each field the first free column in (key, header, position) order whose
 * key is one of its aliases, and a column feeds at most one field.
 *
 * @param <F> the layout's field type
 */
final class HeaderAliases<F extends Enum<F>> {
    private final Class<F> type;
    private final Map<F, Set<String>> keys;

    /**
     * @param type the field type
     * @param spellings each field's aliases as they appear in exports
     */
    HeaderAliases(Class<F> type, Map<F, List<String>> spellings) {
        this.type = type;
        Map<F, Set<String>> byField = new EnumMap<>(type);
        spellings.forEach((field, list) ->
                byField.put(field, list.stream().map(HeaderKeys::key).collect(Collectors.toUnmodifiableSet())));
        this.keys = byField;
    }

    /** The column of each field found among the headers; fields without a column are absent. */
    Map<F, Integer> assign(List<String> headers) {
        List<String> headerKeys = headers.stream().map(HeaderKeys::key).toList();
        List<Integer> order = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            order.add(column);
        }
        order.sort(Comparator.comparing(headerKeys::get)
                .thenComparing(headers::get)
                .thenComparing(column -> column));
        Map<F, Integer> columns = new EnumMap<>(type);
        for (F field : type.getEnumConstants()) {
            Set<String> aliases = keys.getOrDefault(field, Set.of());
            for (int column : order) {
                if (!columns.containsValue(column) && aliases.contains(headerKeys.get(column))) {
                    columns.put(field, column);
                    break;
                }
            }
        }
        return columns;
    }
}
