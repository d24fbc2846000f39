package com.stakeline.export;

import com.stakeline.chart.timeline.TimelineFilters;
import com.stakeline.domain.CheckResult;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.ConsistencyChecks;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.EntityList;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Field;
import com.stakeline.domain.Formats;
import com.stakeline.domain.Money;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.StakeEntry;
import com.stakeline.domain.ValuationPoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tables an analyst takes into a spreadsheet, as CSV: the events, the subject's funding rounds, its stake
 * history, and the figures sources dispute with the consistency checks. Dates are ISO text with a precision column
 * beside, so "2025-06" stays a month; money is a plain number with a currency column beside.
 */
public final class TableExport {

    /** The tables that export as CSV. */
    public enum Table {
        EVENTS, ROUNDS, STAKES, CHECKS;

        /** The table's name on the command line: "rounds". */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private TableExport() {
    }

    /**
     * {@code table} for {@code store}, whose subject's history is {@code history}; the events table lists the events
     * {@code filters} leave, as the app's table does, and the others are whole.
     */
    public static Csv csv(Table table, EventStore store, CompanyHistory history, TimelineFilters filters) {
        return switch (table) {
            case EVENTS -> events(store, filters);
            case ROUNDS -> rounds(store, history);
            case STAKES -> stakes(store, history);
            case CHECKS -> checks(store);
        };
    }

    /**
     * The first rows of a table and how many it has in all, for a preview: a million-event store's events table is
     * never built whole just to show its top.
     *
     * @param head at most this many rows of the table
     * @param rowCount how many rows the whole table has
     */
    public record Preview(Csv head, int rowCount) {
    }

    /** The first {@code rows} rows of {@code table}, as {@link #csv} would write them, and how many there are. */
    public static Preview preview(Table table, EventStore store, CompanyHistory history, TimelineFilters filters,
                                  int rows) {
        if (table == Table.EVENTS) {
            List<Event> listed = filters.listed(store);
            return new Preview(events(store, listed.subList(0, Math.min(rows, listed.size()))), listed.size());
        }
        // The other tables hold a row per round, stake or disputed figure: small enough to make whole.
        Csv whole = csv(table, store, history, filters);
        return new Preview(new Csv(whole.header(), whole.rows().subList(0, Math.min(rows, whole.rows().size()))),
                whole.rows().size());
    }

    private static Csv events(EventStore store, TimelineFilters filters) {
        return events(store, filters.listed(store));
    }

    private static Csv events(EventStore store, List<Event> listed) {
        List<List<String>> rows = new ArrayList<>();
        for (Event event : listed) {
            List<String> row = new ArrayList<>(List.of(event.id()));
            date(row, event.date());
            date(row, event.endDate());
            row.addAll(List.of(event.type().name().toLowerCase(Locale.ROOT), store.entityName(event.company()),
                    event.title(), String.join("; ", event.tags()), store.sourceTitles(event)));
            rows.add(row);
        }
        return new Csv(List.of("id", "date", "date precision", "end date", "end date precision", "type", "company",
                "title", "tags", "sources"), rows);
    }

    private static Csv rounds(EventStore store, CompanyHistory history) {
        Map<String, ValuationPoint> points = new HashMap<>();
        history.valuations().forEach(point -> points.put(point.eventId(), point));
        List<List<String>> rows = new ArrayList<>();
        for (Event event : store.events()) {
            if (event.type() != EventType.FUNDING_ROUND || !event.company().equals(history.companyId())) {
                continue;
            }
            Optional<Money> amount = event.get(Field.AMOUNT);
            Optional<Money> pre = event.get(Field.PRE_MONEY);
            Optional<Money> post = event.get(Field.POST_MONEY);
            ValuationPoint point = points.get(event.id());
            List<String> row = new ArrayList<>(List.of(event.id()));
            date(row, event.date());
            row.add(event.get(Field.ROUND).orElse(event.title()));
            row.addAll(List.of(plain(amount), plain(pre), plain(post),
                    post.or(() -> amount).or(() -> pre).map(Money::currency).orElse(""),
                    approx(amount, pre, post),
                    point == null ? "" : point.stepUpMultiple().map(TableExport::twoDecimals).orElse(""),
                    names(event.get(Field.LEAD_INVESTORS), store), names(event.get(Field.INVESTORS), store),
                    store.sourceTitles(event)));
            rows.add(row);
        }
        return new Csv(List.of("event", "date", "date precision", "round", "amount", "pre-money", "post-money",
                "currency", "approximate", "step-up", "lead investors", "other investors", "sources"), rows);
    }

    private static Csv stakes(EventStore store, CompanyHistory history) {
        List<List<String>> rows = new ArrayList<>();
        for (StakeEntry entry : history.stakeHistory()) {
            Optional<Event> event = store.event(entry.eventId());
            boolean bought = event.flatMap(found -> found.get(Field.ACQUIRER)).map(entry.holderId()::equals)
                    .orElse(false);
            Optional<Money> paid = bought ? event.flatMap(found -> found.get(Field.AMOUNT)) : Optional.empty();
            List<String> row = new ArrayList<>(List.of(entry.eventId(), store.entityName(entry.holderId())));
            date(row, entry.date());
            row.addAll(List.of(entry.holding().map(BigDecimal::toPlainString).orElse("0"),
                    Boolean.toString(entry.approx()), entry.figure(), entry.basis(), plain(paid),
                    paid.map(Money::currency).orElse(""), event.map(store::sourceTitles).orElse("")));
            rows.add(row);
        }
        return new Csv(List.of("event", "holder", "date", "date precision", "stake percent", "approximate",
                "stake as shown", "basis", "amount paid", "currency", "sources"), rows);
    }

    private static Csv checks(EventStore store) {
        List<List<String>> rows = new ArrayList<>();
        for (Conflict conflict : Conflicts.of(store)) {
            Event event = store.event(conflict.eventId()).orElseThrow();
            rows.add(List.of("disputed figure", conflict.eventId(), event.title(), conflict.field().name(),
                    conflict.accepted() == null ? "" : Formats.value(conflict.field(), conflict.accepted(), false,
                            store),
                    Formats.value(conflict.field(), conflict.claimed(), false, store),
                    store.sourceTitle(conflict.sourceId()), ""));
        }
        for (CheckResult check : ConsistencyChecks.run(store)) {
            String title = store.event(check.eventId()).map(Event::title).orElse("");
            rows.add(List.of("check", check.eventId(), title, check.kind().display(), "", check.description(), "",
                    check.passed() ? "passed" : "warned"));
        }
        return new Csv(List.of("kind", "event", "title", "figure or check", "accepted", "claimed or arithmetic",
                "source", "result"), rows);
    }

    /** The date as ISO text ("2025-06") and its precision ("month"); two empty fields when there is none. */
    private static void date(List<String> row, PartialDate date) {
        row.add(date == null ? "" : date.toString());
        row.add(date == null ? "" : date.precision().name().toLowerCase(Locale.ROOT));
    }

    private static String plain(Optional<Money> money) {
        return money.map(found -> found.value().toPlainString()).orElse("");
    }

    /** "true" when any figure of the round is approximate. */
    private static String approx(Optional<Money> amount, Optional<Money> pre, Optional<Money> post) {
        return Boolean.toString(amount.map(Money::approx).orElse(false) || pre.map(Money::approx).orElse(false)
                || post.map(Money::approx).orElse(false));
    }

    private static String twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String names(Optional<EntityList> entities, EventStore store) {
        return entities.map(list -> list.ids().stream().map(store::entityName).collect(Collectors.joining("; ")))
                .orElse("");
    }
}
