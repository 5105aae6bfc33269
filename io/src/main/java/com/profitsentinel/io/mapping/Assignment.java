package com.profitsentinel.io.mapping;

import java.util.Arrays;

/**
 * Maximum-total-weight assignment of rows to columns (the Hungarian / Kuhn–Munkres algorithm with potentials,
 * O(n³)), on 64-bit integer weights (columns.md §6.5). Pairs of weight 0 are never reported as assigned.
 */
final class Assignment {
    private Assignment() {}

    /**
     * Solves the assignment.
     *
     * @param weights {@code weights[row][column] ≥ 0}; rectangular matrices are allowed
     * @return for each row, the assigned column or -1
     */
    static int[] maximize(long[][] weights) {
        int rows = weights.length;
        int columns = rows == 0 ? 0 : weights[0].length;
        int size = Math.max(rows, columns);
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || columns == 0) {
            return result;
        }
        long maximum = 0;
        for (long[] row : weights) {
            for (long weight : row) {
                if (weight < 0) {
                    throw new IllegalArgumentException("weights must not be negative: " + weight);
                }
                maximum = Math.max(maximum, weight);
            }
        }
        // minimize cost = maximum - weight on a square matrix padded with weight 0; 1-based arrays as in the
        // classic formulation with row potentials u, column potentials v and the matching p (column -> row)
        long[] rowPotential = new long[size + 1];
        long[] columnPotential = new long[size + 1];
        int[] matchedRow = new int[size + 1];
        int[] way = new int[size + 1];
        for (int row = 1; row <= size; row++) {
            matchedRow[0] = row;
            int column0 = 0;
            long[] minimum = new long[size + 1];
            Arrays.fill(minimum, Long.MAX_VALUE);
            boolean[] used = new boolean[size + 1];
            do {
                used[column0] = true;
                int row0 = matchedRow[column0];
                long delta = Long.MAX_VALUE;
                int column1 = 0;
                for (int column = 1; column <= size; column++) {
                    if (!used[column]) {
                        long cost = maximum - weight(weights, row0 - 1, column - 1);
                        long current = cost - rowPotential[row0] - columnPotential[column];
                        if (current < minimum[column]) {
                            minimum[column] = current;
                            way[column] = column0;
                        }
                        if (minimum[column] < delta) {
                            delta = minimum[column];
                            column1 = column;
                        }
                    }
                }
                for (int column = 0; column <= size; column++) {
                    if (used[column]) {
                        rowPotential[matchedRow[column]] += delta;
                        columnPotential[column] -= delta;
                    } else {
                        minimum[column] -= delta;
                    }
                }
                column0 = column1;
            } while (matchedRow[column0] != 0);
            do {
                int column1 = way[column0];
                matchedRow[column0] = matchedRow[column1];
                column0 = column1;
            } while (column0 != 0);
        }
        for (int column = 1; column <= size; column++) {
            int row = matchedRow[column] - 1;
            if (row >= 0 && row < rows && column - 1 < columns && weights[row][column - 1] > 0) {
                result[row] = column - 1;
            }
        }
        return result;
    }

    private static long weight(long[][] weights, int row, int column) {
        if (row >= weights.length || column >= weights[row].length) {
            return 0;
        }
        return weights[row][column];
    }
}
