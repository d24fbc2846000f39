package com.stakeline.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The leadership of one company as tenures: who held which role when, from its leadership changes in date order.
 * <ul>
 *   <li>An appointment begins a tenure; its {@code endDate}, if any, ends it.</li>
 *   <li>An appointment to a {@linkplain Roles#oneHolder one-holder role} ends the open tenure of whoever held it.</li>
 *   <li>A departure ends the person's tenure. If a successor's appointment had already ended it, the later departure
 *       moves the end, and the two overlap: that is reported, not hidden.</li>
 *   <li>A departure with no known appointment, or a "continues" event, gives a tenure whose start is unknown: it
 *       counts as held from the company's founding (or the store's first event), and is shown as held "since before"
 *       the event. It cannot have begun before the same person's previous tenure of the role ended, nor, in a
 *       one-holder role, before an earlier holder's tenure ended, so it counts from the latest of those.</li>
 * </ul>
 */
public final class Tenures {

    /**
     * By earliest start, then person, then role; written out rather than chained from key extractors, as a large
     * store sorts tens of thousands of tenures with it.
     */
    private static final Comparator<Tenure> BY_START = (a, b) -> {
        int order = a.earliestStart().compareTo(b.earliestStart());
        if (order == 0) {
            order = a.personId().compareTo(b.personId());
        }
        return order != 0 ? order : a.role().compareTo(b.role());
    };

    private final List<Tenure> tenures;

    Tenures(List<Tenure> tenures) {
        this.tenures = List.copyOf(tenures);
    }

    /** The tenures at {@code companyId}, by a walk over the store's events. */
    public static Tenures of(EventStore store, String companyId) {
        Builder builder = new Builder(earliestStart(store, companyId));
        EventColumns columns = store.columns();
        int company = columns.companyCode(companyId);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.type(i) == EventType.LEADERSHIP_CHANGE && columns.companyOf(i) == company) {
                builder.apply(store.events().get(i));
            }
        }
        return new Tenures(builder.build());
    }

    /** The first day an unknown start can be: the company's founding, or else the store's first event. */
    static LocalDate earliestStart(EventStore store, String companyId) {
        return foundings(store).getOrDefault(companyId, firstDay(store));
    }

    /** The first founding of each company that has one, in one walk. */
    static Map<String, LocalDate> foundings(EventStore store) {
        Map<String, LocalDate> foundings = new HashMap<>();
        EventColumns columns = store.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.type(i) == EventType.FOUNDING) {
                Event event = store.events().get(i);
                foundings.putIfAbsent(event.company(), event.date().start());
            }
        }
        return foundings;
    }

    /** The first day of the store's first event: the bound of an unknown start at a company with no founding. */
    static LocalDate firstDay(EventStore store) {
        return store.events().isEmpty() ? LocalDate.MIN : store.events().get(0).date().start();
    }

    /** Every tenure, earliest first. */
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
     * Every pair of tenures of a one-holder role that the sources put at the same time for certain: the later one was
     * begun, or shown held, before the earlier one ended. An unknown start counts from the event that shows it held,
     * so a departure with no known appointment overlaps nothing.
     */
    public List<TenureOverlap> overlaps() {
        Map<String, List<Tenure>> byRole = new LinkedHashMap<>();
        for (Tenure tenure : tenures) {
            if (Roles.oneHolder(tenure.role())) {
                byRole.computeIfAbsent(Roles.key(tenure.role()), key -> new ArrayList<>()).add(tenure);
            }
        }
        List<TenureOverlap> overlaps = new ArrayList<>();
        for (List<Tenure> ofRole : byRole.values()) {
            ofRole.sort(Comparator.comparing((Tenure tenure) -> tenure.heldBy().start()).thenComparing(Tenure::personId));
            Tenure longest = null;
            for (Tenure tenure : ofRole) {
                LocalDate certainStart = tenure.heldBy().start();
                if (longest != null && certainStart.isBefore(endDay(longest)) && certainStart.isBefore(endDay(tenure))) {
                    overlaps.add(new TenureOverlap(longest, tenure));
                }
                if (longest == null || endDay(tenure).isAfter(endDay(longest))) {
                    longest = tenure;
                }
            }
        }
        return overlaps;
    }

    private static LocalDate endDay(Tenure tenure) {
        return tenure.ended().map(PartialDate::start).orElse(LocalDate.MAX);
    }

    /** Builds tenures from one company's leadership changes, applied in date order. */
    static final class Builder {
        private final LocalDate earliestStart;
        private final List<Tenure> done = new ArrayList<>();
        private final Map<String, Tenure> open = new LinkedHashMap<>();
        /** Where in {@code done} each person's tenure of a role sits when a successor ended it, so a departure can move the end. */
        private final Map<String, Integer> endedBySuccessor = new HashMap<>();
        /** Where in {@code done} each person's tenure of a role sits when its own end date ended it. */
        private final Map<String, Integer> endedByDate = new HashMap<>();
        /** The latest end so far of each person's tenures of a role, and of each one-holder role's tenures. */
        private final Map<String, LocalDate> latestEnd = new HashMap<>();
        /** Each spelling of a role met so far, with its key: a company has few roles and many changes. */
        private final Map<String, String> roleKeys = new HashMap<>();
        /** Each role key met so far, and whether it is a one-holder role, for the same reason. */
        private final Map<String, Boolean> oneHolderKeys = new HashMap<>();

        Builder(LocalDate earliestStart) {
            this.earliestStart = earliestStart;
        }

        void apply(Event event) {
            String person = event.get(Field.PERSON).orElseThrow();
            String role = event.get(Field.ROLE).orElseThrow();
            String roleKey = roleKeys.computeIfAbsent(role, Roles::key);
            String key = person + '\u0000' + roleKey;
            LeadershipChangeKind change = event.get(Field.CHANGE).orElseThrow();
            boolean interim = change == LeadershipChangeKind.INTERIM_APPOINTED || event.get(Field.INTERIM).orElse(false);
            switch (change) {
                case APPOINTED, INTERIM_APPOINTED -> {
                    Tenure current = open.remove(key);
                    if (current != null) {
                        end(key, current.endedBy(event.date(), event.id()));
                    }
                    if (oneHolder(roleKey)) {
                        endOtherHolders('\u0000' + roleKey, event);
                    }
                    begin(key, new Tenure(person, role, event.date(), event.date(), event.date().start(), null, interim,
                            event.id(), null), event);
                }
                case CONTINUES -> {
                    if (!open.containsKey(key)) {
                        begin(key, new Tenure(person, role, null, event.date(), unknownStartBound(key, roleKey), null,
                                interim, event.id(), null), event);
                    }
                }
                case DEPARTED -> depart(key, roleKey, person, role, interim, event);
            }
        }

        private void begin(String key, Tenure tenure, Event event) {
            PartialDate endDate = event.end().orElse(null);
            if (endDate == null) {
                open.put(key, tenure);
            } else {
                endedByDate.put(key, done.size());
                end(key, tenure.endedBy(endDate, event.id()));
            }
        }

        /** Adds a tenure that has ended, noting its end for the bounds of unknown starts to come. */
        private void end(String key, Tenure ended) {
            done.add(ended);
            noteEnd(key, ended);
        }

        private void noteEnd(String key, Tenure ended) {
            LocalDate day = ended.end().start();
            latestEnd.merge(key, day, (a, b) -> a.isAfter(b) ? a : b);
            String roleKey = key.substring(key.indexOf('\u0000') + 1);
            if (oneHolder(roleKey)) {
                latestEnd.merge('\u0000' + roleKey, day, (a, b) -> a.isAfter(b) ? a : b);
            }
        }

        private boolean oneHolder(String roleKey) {
            return oneHolderKeys.computeIfAbsent(roleKey, Roles::isOneHolderKey);
        }

        /**
         * The first day an unknown start can be: the founding, or later when the person's previous tenure of the
         * role, or (in a one-holder role) anyone's, ended after it.
         */
        private LocalDate unknownStartBound(String key, String roleKey) {
            LocalDate bound = earliestStart;
            for (LocalDate end : new LocalDate[] {latestEnd.get(key), latestEnd.get('\u0000' + roleKey)}) {
                if (end != null && end.isAfter(bound)) {
                    bound = end;
                }
            }
            return bound;
        }

        /** Ends the open tenures whose key ends with {@code roleSuffix}: NUL and the role's key. */
        private void endOtherHolders(String roleSuffix, Event appointment) {
            for (Iterator<Map.Entry<String, Tenure>> it = open.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Tenure> entry = it.next();
                if (entry.getKey().endsWith(roleSuffix)) {
                    it.remove();
                    endedBySuccessor.put(entry.getKey(), done.size());
                    end(entry.getKey(), entry.getValue().endedBy(appointment.date(), appointment.id()));
                }
            }
        }

        private void depart(String key, String roleKey, String person, String role, boolean interim, Event event) {
            Tenure current = open.remove(key);
            Integer bySuccessor = endedBySuccessor.remove(key);
            if (current != null) {
                end(key, current.endedBy(event.date(), event.id()));
            } else if (bySuccessor != null) {
                Tenure ended = done.get(bySuccessor);
                if (event.date().start().isAfter(ended.end().start())) {
                    Tenure moved = ended.endedBy(event.date(), event.id());
                    done.set(bySuccessor, moved);
                    noteEnd(key, moved);
                }
            } else if (!endedByDate.containsKey(key)) {
                end(key, new Tenure(person, role, null, event.date(), unknownStartBound(key, roleKey), event.date(),
                        interim, event.id(), event.id()));
            }
        }

        List<Tenure> build() {
            List<Tenure> all = new ArrayList<>(done);
            all.addAll(open.values());
            all.sort(BY_START);
            return all;
        }
    }
}
