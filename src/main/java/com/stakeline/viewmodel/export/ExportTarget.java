package com.stakeline.viewmodel.export;

import com.stakeline.export.ChartExport;
import com.stakeline.export.ExportFormat;
import com.stakeline.export.TableExport;
import java.util.List;

/** What the analyst can export from the window: a chart, the dashboard of all four, or a table. */
public enum ExportTarget {
    TIMELINE("Timeline", "timeline", ChartExport.Chart.TIMELINE, null),
    OWNERSHIP("Ownership chart", "ownership chart", ChartExport.Chart.OWNERSHIP, null),
    VALUATION("Valuation chart", "valuation chart", ChartExport.Chart.VALUATION, null),
    LEADERSHIP("Leadership chart", "leadership chart", ChartExport.Chart.LEADERSHIP, null),
    DASHBOARD("Dashboard (all four charts)", "dashboard", ChartExport.Chart.DASHBOARD, null),
    EVENTS("Events table (as filtered)", "events table", null, TableExport.Table.EVENTS),
    ROUNDS("Funding rounds table", "rounds table", null, TableExport.Table.ROUNDS),
    STAKES("Stake history table", "stake table", null, TableExport.Table.STAKES),
    CHECKS("Disputed figures and checks table", "checks table", null, TableExport.Table.CHECKS);

    private final String display;
    private final String noun;
    private final ChartExport.Chart chart;
    private final TableExport.Table table;

    ExportTarget(String display, String noun, ChartExport.Chart chart, TableExport.Table table) {
        this.display = display;
        this.noun = noun;
        this.chart = chart;
        this.table = table;
    }

    /** The chart this exports, or null for a table. */
    public ChartExport.Chart chart() {
        return chart;
    }

    /** The table this exports, or null for a chart. */
    public TableExport.Table table() {
        return table;
    }

    /** Whether this is a table, which exports as CSV only. */
    public boolean isTable() {
        return table != null;
    }

    /** The formats this exports to. */
    public List<ExportFormat> formats() {
        return isTable() ? List.of(ExportFormat.CSV) : ExportFormat.PICTURES;
    }

    /** What it is, in a sentence: "ownership chart", "rounds table". */
    public String noun() {
        return noun;
    }

    /** Its name in a file name, as on the command line: "ownership", "rounds". */
    public String key() {
        return isTable() ? table.key() : chart.key();
    }

    @Override
    public String toString() {
        return display;
    }
}
