package com.stakeline.domain;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What passes over a whole store ask of every event, kept in arrays in date order: when it starts and ends, its
 * type, the company it is about, the person a leadership change is about, and whether a source disagrees with it.
 * Built once with the store.
 *
 * <p>A million events lie scattered over a heap of a gigabyte or more, so every pass that reads them pays a cache
 * miss or several per event: about half a second at a million. Laying out the timeline, finding one company's events
 * and finding the disagreements read these arrays instead, and touch only the events they keep.
 */
public final class EventColumns {

    /** What {@link #personOf} gives for an event that is not a leadership change. */
    public static final int NO_PERSON = -1;

    private static final EventType[] TYPES = EventType.values();
    private static final int PRECISIONS = Precision.values().length;

    private final List<Event> events;
    private final long[] startDays;
    private final long[] endDays;
    private final byte[] types;
    private final int[] companies;
    private final Map<String, Integer> companyCodes;
    private final String commonestCompany;
    private final int[] persons;
    private final String[] personIds;
    private final BitSet claimed;
    /**
     * Each event's position by its id, in open addressing: position + 1 at the slot its id's hash leads to, or the
     * next free one; 0 is a free slot. Twice as many slots as events, a power of two. A map of a million ids would
     * take some 60 MB; this takes 8.
     */
    private final int[] idSlots;

    private EventColumns(List<Event> events, long[] startDays, long[] endDays, byte[] types, int[] companies,
                         Map<String, Integer> companyCodes, int[] persons, String[] personIds, BitSet claimed) {
        this.events = events;
        this.startDays = startDays;
        this.endDays = endDays;
        this.types = types;
        this.companies = companies;
        this.companyCodes = companyCodes;
        this.persons = persons;
        this.personIds = personIds;
        this.claimed = claimed;
        this.commonestCompany = commonest(companies, companyCodes);
        this.idSlots = idSlots(events);
    }

    private static int[] idSlots(List<Event> events) {
        int[] slots = new int[Integer.highestOneBit(Math.max(1, 2 * events.size() - 1)) << 1];
        int mask = slots.length - 1;
        for (int i = 0; i < events.size(); i++) {
            int slot = spread(events.get(i).id().hashCode()) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
        return slots;
    }

    /** A hash with its high bits folded into the low ones, which pick the slot. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /**
     * The position of the event with {@code id}, or -1; of several with the same id, the first in date order. A few
     * probes, where a walk over the events took milliseconds per lookup at a million.
     */
    int indexOf(String id) {
        int mask = idSlots.length - 1;
        for (int slot = spread(id.hashCode()) & mask; idSlots[slot] != 0; slot = (slot + 1) & mask) {
            int index = idSlots[slot] - 1;
            if (events.get(index).id().equals(id)) {
                return index;
            }
        }
        return -1;
    }

    /** The company most events are about, of those that tie the first named in the events as given, or empty. */
    private static String commonest(int[] companies, Map<String, Integer> companyCodes) {
        int[] counts = new int[companyCodes.size()];
        for (int company : companies) {
            counts[company]++;
        }
        int best = -1;
        for (int code = 0; code < counts.length; code++) {
            if (best < 0 || counts[code] > counts[best]) {
                best = code;
            }
        }
        for (Map.Entry<String, Integer> company : companyCodes.entrySet()) {
            if (company.getValue() == best) {
                return company.getKey();
            }
        }
        return "";
    }

    /**
     * The columns of {@code events}, which come in any order, put in date order: by {@link PartialDate#compareTo},
     * events on the same date keeping their order. Each event is read once; the sort moves numbers, not events.
     */
    static EventColumns inDateOrder(List<Event> events) {
        int size = events.size();
        long[] keys = new long[size];
        long[] starts = new long[size];
        long[] ends = new long[size];
        byte[] types = new byte[size];
        int[] companies = new int[size];
        Map<String, Integer> companyCodes = new HashMap<>();
        int[] persons = new int[size];
        Map<String, Integer> personCodes = new LinkedHashMap<>();
        BitSet claimed = new BitSet(size);
        for (int i = 0; i < size; i++) {
            Event event = events.get(i);
            PartialDate date = event.date();
            starts[i] = date.start().toEpochDay();
            // A date's precision orders it after a coarser date with the same first day, as PartialDate compares.
            keys[i] = starts[i] * PRECISIONS + date.precision().ordinal();
            ends[i] = (event.endDate() == null ? date : event.endDate()).endEpochDay() + 1;
            types[i] = (byte) event.type().ordinal();
            companies[i] = companyCodes.computeIfAbsent(event.company(), id -> companyCodes.size());
            persons[i] = event.type() != EventType.LEADERSHIP_CHANGE ? NO_PERSON : event.get(Field.PERSON)
                    .map(person -> personCodes.computeIfAbsent(person, id -> personCodes.size())).orElse(NO_PERSON);
            for (Citation citation : event.sources()) {
                if (!citation.says().isEmpty()) {
                    claimed.set(i);
                    break;
                }
            }
        }
        int[] order = dateOrder(keys);
        Event[] sorted = new Event[size];
        long[] sortedStarts = new long[size];
        long[] sortedEnds = new long[size];
        byte[] sortedTypes = new byte[size];
        int[] sortedCompanies = new int[size];
        int[] sortedPersons = new int[size];
        BitSet sortedClaimed = new BitSet(size);
        for (int i = 0; i < size; i++) {
            int from = order[i];
            sorted[i] = events.get(from);
            sortedStarts[i] = starts[from];
            sortedEnds[i] = ends[from];
            sortedTypes[i] = types[from];
            sortedCompanies[i] = companies[from];
            sortedPersons[i] = persons[from];
            sortedClaimed.set(i, claimed.get(from));
        }
        return new EventColumns(List.of(sorted), sortedStarts, sortedEnds, sortedTypes, sortedCompanies,
                Map.copyOf(companyCodes), sortedPersons, personCodes.keySet().toArray(String[]::new), sortedClaimed);
    }

    /**
     * The positions that sort {@code keys}, equal keys in their order. Each key is replaced by its rank among the
     * distinct keys, so that rank and position fit together in one long and a plain sort of longs is stable.
     */
    private static int[] dateOrder(long[] keys) {
        long[] distinct = keys.clone();
        Arrays.sort(distinct);
        int count = 0;
        for (long key : distinct) {
            if (count == 0 || distinct[count - 1] != key) {
                distinct[count++] = key;
            }
        }
        long[] ranked = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            ranked[i] = (long) Arrays.binarySearch(distinct, 0, count, keys[i]) << Integer.SIZE | i;
        }
        Arrays.sort(ranked);
        int[] order = new int[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = (int) ranked[i];
        }
        return order;
    }

    /** The events, earliest first; the columns' indices are positions in this list. */
    List<Event> events() {
        return events;
    }

    /** How many events there are. */
    public int size() {
        return startDays.length;
    }

    /** The epoch day event {@code index} starts on: the first day of its date. */
    public long startDay(int index) {
        return startDays[index];
    }

    /** The epoch day after the last day event {@code index} covers: of its end date for one that lasts, else of its date. */
    public long endDay(int index) {
        return endDays[index];
    }

    /** The type of event {@code index}. */
    public EventType type(int index) {
        return TYPES[types[index]];
    }

    /**
     * A number for {@code companyId}, to compare with {@link #companyOf}; -1 when no event is about that company, so
     * that none compares equal.
     */
    public int companyCode(String companyId) {
        return companyCodes.getOrDefault(companyId, -1);
    }

    /** The company most events are about; of those that tie, the first named in the events as given; or empty. */
    public String commonestCompany() {
        return commonestCompany;
    }

    /** The number of the company event {@code index} is about; see {@link #companyCode}. */
    public int companyOf(int index) {
        return companies[index];
    }

    /**
     * A number for the person leadership change {@code index} is about, the same for every change about that
     * person, or {@link #NO_PERSON} for any other event.
     */
    public int personOf(int index) {
        return persons[index];
    }

    /** The entity id of the person numbered {@code code} by {@link #personOf}. */
    public String personId(int code) {
        return personIds[code];
    }

    /**
     * The first event at or after {@code index} with a source that gives a value of its own for a field, which may
     * disagree with the event's, or -1 when none is left.
     */
    public int nextWithClaims(int index) {
        return claimed.nextSetBit(index);
    }
}
