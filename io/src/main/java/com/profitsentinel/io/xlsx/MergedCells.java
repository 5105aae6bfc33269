package com.profitsentinel.io.xlsx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged regions of one sheet, swept in row order, so that a cell covered by a merge but not its top-left corner
 * reads as blank (columns.md §2.3: the value belongs to the top-left cell only). Excel clears those cells when it
 * merges, but other writers may leave stale values in them. Rows must be visited in ascending order.
 */
final class MergedCells {
    private final Deque<CellRangeAddress> upcoming;
    private final List<CellRangeAddress> active = new ArrayList<>();

    MergedCells(List<CellRangeAddress> regions) {
        List<CellRangeAddress> merges = new ArrayList<>();
        for (CellRangeAddress region : regions) {
            if (region.getNumberOfCells() > 1) {
                merges.add(region);
            }
        }
        merges.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
        this.upcoming = new ArrayDeque<>(merges);
    }

    /** Moves to a sheet row (0-based); rows must come in ascending order. */
    void moveTo(int row) {
        active.removeIf(region -> region.getLastRow() < row);
        while (!upcoming.isEmpty() && upcoming.peekFirst().getFirstRow() <= row) {
            CellRangeAddress region = upcoming.removeFirst();
            if (region.getLastRow() >= row) {
                active.add(region);
            }
        }
    }

    /** True when the cell of the current row lies in a merged region without being its top-left cell. */
    boolean isHidden(int row, int column) {
        for (CellRangeAddress region : active) {
            if (region.isInRange(row, column)) {
                return row != region.getFirstRow() || column != region.getFirstColumn();
            }
        }
        return false;
    }
}
