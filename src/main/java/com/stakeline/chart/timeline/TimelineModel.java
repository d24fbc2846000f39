package com.stakeline.chart.timeline;

import com.stakeline.domain.Event;
import com.stakeline.domain.EventColumns;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.Tenure;
import com.stakeline.domain.Tenures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The events of a store sorted into lanes and tracks, with where each event sits, built once per store and filter
 * so that drawing a frame only searches arrays.
 */
public final class TimelineModel {

    private static final List<LaneKind> TYPE_LANES =
            List.of(LaneKind.FUNDING, LaneKind.OWNERSHIP, LaneKind.LEADERSHIP, LaneKind.COMPANY, LaneKind.CONTEXT);

    private final List<Event> events;
    private final List<Lane> lanes;
    /** Each event's position within its track, or -1 when a filter hides it. */
    private final int[] positionOf;
    private final double firstDay;
    private final double lastDay;

    private TimelineModel(List<Event> events, List<Lane> lanes, int[] positionOf, double firstDay, double lastDay) {
        this.events = events;
        this.lanes = List.copyOf(lanes);
        this.positionOf = positionOf;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /**
     * The timeline of {@code store}'s events that pass {@code shown}, grouped as asked. The events are placed from
     * the store's {@linkplain EventColumns columns}; only the first event about each entity is read, for its lane.
     *
     * @param subject the company the type lanes follow; events about others go to the context lane
     * @param tenures the subject's tenures, drawn as bars in the leadership lane; asked for once the events are
     *     placed, so that another thread can work them out meanwhile
     * @param shown which events, by their index in the store's events, the timeline shows
     * @param today where open tenures end
     */
    public static TimelineModel of(EventStore store, String subject, Supplier<Tenures> tenures, Grouping grouping,
                                   IntPredicate shown, LocalDate today) {
        List<Event> events = store.events();
        EventColumns columns = store.columns();
        int subjectCode = columns.companyCode(subject);
        Map<Integer, LaneBuilder> lanes = new LinkedHashMap<>();
        if (grouping == Grouping.BY_TYPE) {
            for (LaneKind kind : TYPE_LANES) {
                lanes.put(kind.ordinal(), new LaneBuilder(kind.name(), kind, kind.title()));
            }
        }
        // Two passes, so that each track's arrays are allocated once at their size: the first finds each event's
        // track and counts them, the second fills the arrays. At a million events, arrays grown by doubling
        // allocated three times the memory, all of it fresh pages that the system had to supply.
        int[] trackOf = new int[columns.size()];
        List<TrackBuilder> tracks = new ArrayList<>();
        double first = Double.MAX_VALUE;
        double last = -Double.MAX_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            if (!shown.test(i)) {
                trackOf[i] = -1;
                continue;
            }
            first = Math.min(first, columns.startDay(i));
            last = Math.max(last, columns.endDay(i));
            LaneBuilder lane;
            int person = EventColumns.NO_PERSON;
            if (grouping == Grouping.BY_TYPE) {
                LaneKind kind = columns.companyOf(i) == subjectCode ? LaneKind.of(columns.type(i)) : LaneKind.CONTEXT;
                lane = lanes.get(kind.ordinal());
                if (kind == LaneKind.LEADERSHIP) {
                    person = columns.personOf(i);
                }
            } else {
                int index = i;
                lane = lanes.computeIfAbsent(columns.companyOf(i), code -> {
                    String company = events.get(index).company();
                    return new LaneBuilder("entity:" + company, LaneKind.ENTITY, store.entityName(company));
                });
            }
            TrackBuilder track = lane.track(person, tracks);
            track.size++;
            trackOf[i] = track.number;
        }
        // Reuses the array: an event's track is read just before its position is written over it.
        int[] positionOf = trackOf;
        for (int i = 0; i < columns.size(); i++) {
            if (trackOf[i] >= 0) {
                positionOf[i] = tracks.get(trackOf[i]).add(columns.startDay(i), columns.endDay(i), i);
            }
        }
        Map<String, List<TenureBar>> tenureBars = tenureBars(tenures.get(), today);
        for (List<TenureBar> bars : tenureBars.values()) {
            for (TenureBar bar : bars) {
                last = Math.max(last, bar.end());
            }
        }
        List<Lane> built = new ArrayList<>();
        for (LaneBuilder lane : lanes.values()) {
            if (!lane.tracks.isEmpty()) {
                built.add(lane.build(store, columns, tenureBars));
            }
        }
        if (first == Double.MAX_VALUE) {
            first = today.toEpochDay() - 365;
            last = today.toEpochDay() + 1;
        }
        return new TimelineModel(events, built, positionOf, first, last);
    }

    /**
     * Each person's tenure bars, in the order they are drawn (by start). A tenure whose start is unknown is drawn
     * fading in over the year before the sources first show it held, but never before the earliest day it can have
     * begun, nor back over a tenure of the same person that ended by then: Wang's board seat, known from the day he
     * left as CEO, does not cover his years as CEO.
     */
    private static Map<String, List<TenureBar>> tenureBars(Tenures tenures, LocalDate today) {
        Map<String, List<TenureBar>> bars = new LinkedHashMap<>();
        // The ends of each person's bars so far, to find the latest one before a day in a logarithmic step.
        Map<String, TreeSet<Double>> ends = new HashMap<>();
        for (boolean startKnown : new boolean[] {true, false}) {
            for (Tenure tenure : tenures.all()) {
                if (tenure.started().isPresent() != startKnown) {
                    continue;
                }
                List<TenureBar> ofPerson = bars.computeIfAbsent(tenure.personId(), person -> new ArrayList<>());
                TreeSet<Double> endsOfPerson = ends.computeIfAbsent(tenure.personId(), person -> new TreeSet<>());
                double end = tenure.ended().map(date -> (double) date.start().toEpochDay()).orElse(today.toEpochDay() + 1.0);
                double start;
                if (startKnown) {
                    start = tenure.start().start().toEpochDay();
                } else {
                    double shownHeld = Math.min(tenure.heldBy().start().toEpochDay(), end);
                    Double earlierEnd = endsOfPerson.floor(shownHeld);
                    start = Math.max(Math.max(tenure.earliestStart().toEpochDay(), shownHeld - 365),
                            earlierEnd == null ? -Double.MAX_VALUE : earlierEnd);
                }
                TenureBar bar = TenureBar.of(tenure.role(), start, Math.max(end, start + 1), tenure.interim(), startKnown);
                ofPerson.add(bar);
                endsOfPerson.add(bar.end());
            }
        }
        bars.values().forEach(ofPerson -> ofPerson.sort(Comparator.comparingDouble(TenureBar::start)));
        return bars;
    }

    /** The events of the store, in date order; tracks refer to them by index. */
    public List<Event> events() {
        return events;
    }

    /** The index of {@code event} in {@link #events()}, or -1; events are found by date, then by id. */
    public int indexOf(Event event) {
        int index = Collections.binarySearch(events, event, Comparator.comparing(Event::date));
        if (index < 0) {
            return -1;
        }
        while (index > 0 && events.get(index - 1).date().equals(event.date())) {
            index--;
        }
        for (int i = index; i < events.size() && events.get(i).date().equals(event.date()); i++) {
            if (events.get(i).id().equals(event.id())) {
                return i;
            }
        }
        return -1;
    }

    /** The lanes, top to bottom; lanes with no shown events are left out. */
    public List<Lane> lanes() {
        return lanes;
    }

    /** The event's position within its track. */
    public int positionOf(int eventIndex) {
        return positionOf[eventIndex];
    }

    /** Whether event {@code eventIndex} is on the timeline (not hidden by a filter). */
    public boolean isShown(int eventIndex) {
        return positionOf[eventIndex] >= 0;
    }

    /** The window that fits every shown event and open tenure, with room on the right for the last labels. */
    public TimeWindow fullWindow() {
        TimeWindow tight = new TimeWindow(firstDay, Math.max(lastDay, firstDay + TimeWindow.MIN_SPAN_DAYS));
        return new TimeWindow(tight.start() - tight.span() * 0.03, tight.end() + tight.span() * 0.12);
    }

    /** The shown event {@code step} places after (or before, when negative) {@code eventIndex} in date order, if any. */
    public int neighbour(int eventIndex, int step) {
        for (int i = eventIndex + step; i >= 0 && i < events.size(); i += step) {
            if (isShown(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The first or last shown event in date order, or -1 when none is shown. */
    public int firstShown(boolean last) {
        return last ? neighbour(events.size(), -1) : neighbour(-1, 1);
    }

    private static final class LaneBuilder {
        private final String id;
        private final LaneKind kind;
        private final String title;
        /** The tracks by person, or the one track under {@link EventColumns#NO_PERSON}. */
        private final Map<Integer, TrackBuilder> tracks = new LinkedHashMap<>();
        private int lastPerson = Integer.MIN_VALUE;
        private TrackBuilder lastTrack;

        LaneBuilder(String id, LaneKind kind, String title) {
            this.id = id;
            this.kind = kind;
            this.title = title;
        }

        /** The track of {@code person}; a new one is numbered by its place in {@code all}, where it is added. */
        TrackBuilder track(int person, List<TrackBuilder> all) {
            // Events mostly go to the track the one before went to: every lane but leadership has only one.
            if (person != lastPerson) {
                lastTrack = tracks.computeIfAbsent(person, code -> {
                    TrackBuilder added = new TrackBuilder(all.size());
                    all.add(added);
                    return added;
                });
                lastPerson = person;
            }
            return lastTrack;
        }

        Lane build(EventStore store, EventColumns columns, Map<String, List<TenureBar>> tenures) {
            List<Track> built = new ArrayList<>();
            tracks.forEach((person, track) -> {
                if (person == EventColumns.NO_PERSON) {
                    built.add(track.build("", List.of()));
                } else {
                    String personId = columns.personId(person);
                    built.add(track.build(store.entityName(personId), tenures.getOrDefault(personId, List.of())));
                }
            });
            return new Lane(id, kind, title, built);
        }
    }

    /** A track's arrays: its events are counted first, then added in date order to arrays of that size. */
    private static final class TrackBuilder {
        private final int number;
        private int size;
        private double[] starts;
        private double[] ends;
        private int[] events;
        private int added;

        TrackBuilder(int number) {
            this.number = number;
        }

        /** Adds the next event, once all are counted, and returns its position in the track. */
        int add(double start, double end, int eventIndex) {
            if (starts == null) {
                starts = new double[size];
                ends = new double[size];
                events = new int[size];
            }
            starts[added] = start;
            ends[added] = end;
            events[added] = eventIndex;
            return added++;
        }

        Track build(String title, List<TenureBar> tenures) {
            return new Track(title, starts, ends, events, tenures);
        }
    }
}
