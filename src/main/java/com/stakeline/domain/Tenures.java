package com.stakeline.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The leadership of one company as tenures: who held which role when, from its appointed, interim_appointed and
 * departed events. A tenure nobody has ended is still open; a departure with no known appointment gives a tenure
 * whose start is unknown.
 */
public final class Tenures {

    private final List<Tenure> tenures;

    private Tenures(List<Tenure> tenures) {
        this.tenures = List.copyOf(tenures);
    }

    /** The tenures at {@code companyId}, built from its leadership changes in date order. */
    public static Tenures of(EventStore store, String companyId) {
        List<Tenure> done = new ArrayList<>();
        Map<String, Tenure> open = new LinkedHashMap<>();
        for (Event event : store.events()) {
            if (event.type() != EventType.LEADERSHIP_CHANGE || !event.company().equals(companyId)) {
                continue;
            }
            String person = event.get(Field.PERSON).orElseThrow();
            String role = event.get(Field.ROLE).orElseThrow();
            LeadershipChangeKind change = event.get(Field.CHANGE).orElseThrow();
            String key = person + '\u0000' + role.toLowerCase(Locale.ROOT);
            Tenure current = open.remove(key);
            if (current != null) {
                done.add(current.endedBy(event.date(), event.id()));
            }
            if (change == LeadershipChangeKind.DEPARTED) {
                if (current == null) {
                    done.add(new Tenure(person, role, null, event.date(), event.get(Field.INTERIM).orElse(false),
                            null, event.id()));
                }
            } else {
                boolean interim = change == LeadershipChangeKind.INTERIM_APPOINTED || event.get(Field.INTERIM).orElse(false);
                open.put(key, new Tenure(person, role, event.date(), null, interim, event.id(), null));
            }
        }
        done.addAll(open.values());
        done.sort(Comparator.comparing((Tenure tenure) -> tenure.started().map(PartialDate::start).orElse(LocalDate.MIN))
                .thenComparing(Tenure::personId));
        return new Tenures(done);
    }

    /** Every tenure, earliest start first; tenures whose start is unknown come first. */
    public List<Tenure> all() {
        return tenures;
    }

    /** The tenures held on {@code day}. */
    public List<Tenure> heldOn(LocalDate day) {
        return tenures.stream().filter(tenure -> tenure.heldOn(day)).toList();
    }

    /** Who held {@code role} on {@code day}: usually one tenure, none in a gap, several in an overlap. */
    public List<Tenure> holdersOf(String role, LocalDate day) {
        return tenures.stream().filter(tenure -> tenure.isRole(role) && tenure.heldOn(day)).toList();
    }

    /**
     * Gaps and overlaps between successive tenures of each role. Tenures with an unknown start are left out: nothing
     * can be said about what came before them. Dates of month or year precision count by their spans, so a departure
     * and an appointment in the same month are neither.
     */
    public List<TenureIssue> issues() {
        List<TenureIssue> issues = new ArrayList<>();
        Map<String, List<Tenure>> byRole = new LinkedHashMap<>();
        tenures.stream()
                .filter(tenure -> tenure.start() != null)
                .forEach(tenure -> byRole.computeIfAbsent(tenure.role().toLowerCase(Locale.ROOT), role -> new ArrayList<>())
                        .add(tenure));
        for (List<Tenure> ofRole : byRole.values()) {
            for (int i = 1; i < ofRole.size(); i++) {
                Tenure earlier = ofRole.get(i - 1);
                Tenure later = ofRole.get(i);
                TenureIssue.Kind kind = compare(earlier, later);
                if (kind != null) {
                    issues.add(new TenureIssue(kind, earlier.role(), earlier, later));
                }
            }
        }
        return issues;
    }

    private static TenureIssue.Kind compare(Tenure earlier, Tenure later) {
        if (earlier.end() == null || later.start().start().isBefore(earlier.end().start())) {
            return TenureIssue.Kind.OVERLAP;
        }
        LocalDate dayAfterEnd = earlier.end().end().plusDays(1);
        return later.start().start().isAfter(dayAfterEnd) ? TenureIssue.Kind.GAP : null;
    }
}
