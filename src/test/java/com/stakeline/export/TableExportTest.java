package com.stakeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.stakeline.chart.timeline.TimelineFilters;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.EventStore;
import com.stakeline.store.TestStores;
import org.junit.jupiter.api.Test;

/** A table's preview shows its top as the export writes it, and counts the whole. */
class TableExportTest {

    private static final EventStore SCALE = TestStores.scale();
    private static final CompanyHistory HISTORY = CompanyHistory.of(SCALE, SCALE.subjectId());

    @Test
    void aPreviewHoldsTheFirstRowsOfTheExportAndCountsThemAll() {
        for (TableExport.Table table : TableExport.Table.values()) {
            Csv whole = TableExport.csv(table, SCALE, HISTORY, TimelineFilters.NONE);

            TableExport.Preview preview = TableExport.preview(table, SCALE, HISTORY, TimelineFilters.NONE, 2);

            assertEquals(whole.header(), preview.head().header(), table.key());
            assertEquals(whole.rows().subList(0, Math.min(2, whole.rows().size())), preview.head().rows(), table.key());
            assertEquals(whole.rows().size(), preview.rowCount(), table.key());
        }
    }
}
