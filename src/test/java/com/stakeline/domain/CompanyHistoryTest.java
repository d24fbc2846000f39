package com.stakeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The indexed history must answer exactly what the linear walks answer, on random stores of every kind of event. */
class CompanyHistoryTest {

    private static final List<String> HOLDERS = List.of("meta", "fund", "founder", "cofounder", "buyer");
    private static final List<String> PEOPLE = List.of("ann", "bob", "founder", "cofounder");
    private static final List<String> ROLES = List.of("CEO", "Chief Executive Officer", "CFO", "Board director", "Chair");

    static Stream<Long> seeds() {
        return IntStream.range(0, 150).mapToObj(seed -> (long) seed);
    }

    @ParameterizedTest(name = "random store {0}")
    @MethodSource("seeds")
    void theHistoryAnswersWhatTheLinearQueriesAnswerOnEveryEventDateAndTheDayBefore(long seed) {
        EventStore store = randomStore(new SplittableRandom(seed));
        CompanyHistory history = CompanyHistory.of(store, "acme");
        Tenures tenures = Tenures.of(store, "acme");
        List<ValuationPoint> valuations = ValuationSeries.of(store, "acme");
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Event event : store.events()) {
            days.add(event.date().start());
            days.add(event.date().start().minusDays(1));
            event.end().ifPresent(end -> days.add(end.start()));
        }
        assertEquals(valuations, history.valuations());
        assertEquals(tenures.all(), history.tenures().all());
        for (LocalDate day : days) {
            assertEquals(Ownership.asOf(store, "acme", day), history.ownershipAsOf(day), "ownership as of " + day);
            assertEquals(tenures.heldOn(day), history.tenuresHeldOn(day), "tenures held on " + day);
            Optional<ValuationPoint> latest = valuations.stream().filter(point -> point.date().begunBy(day))
                    .reduce((first, second) -> second);
            assertEquals(latest, history.valuationAsOf(day), "valuation as of " + day);
        }
    }

    @Test
    void theStakeHistoryListsEachHoldersStakesAsTheyWereSetSoldAndEndedInDateOrder() {
        EventStore store = TestEvents.store(
                TestEvents.stake("founding-stake", "2016-01-10", "founder", "60"),
                TestEvents.round("seed", "2017-03", "10", "50"),
                TestEvents.stake("fund-buys", "2018-05-01", "fund", "20", FieldValues.builder()
                        .put(Field.AMOUNT, Money.of("9", "USD"))
                        .put(Field.SELLERS, new EntityList(List.of("founder")))),
                TestEvents.event("bought-out", EventType.ACQUISITION, "2020-02-02",
                        FieldValues.builder().put(Field.ACQUIRER, "buyer").build()));

        List<String> lines = CompanyHistory.of(store, "acme").stakeHistory().stream()
                .map(entry -> entry.date().display() + " " + entry.holderId() + " " + entry.figure() + " "
                        + entry.eventId())
                .toList();

        assertEquals(List.of(
                "10 January 2016 founder 60% founding-stake",
                "1 May 2018 fund 20% fund-buys",
                // The seed round diluted 60% to 48% (pre-money 40 of post-money 50); the sale took 20 points.
                "1 May 2018 founder 28% fund-buys",
                "2 February 2020 founder 0% (ended) bought-out",
                "2 February 2020 fund 0% (ended) bought-out",
                "2 February 2020 buyer 100% bought-out"), lines);
    }

    private static EventStore randomStore(SplittableRandom random) {
        List<Event> events = new ArrayList<>();
        int count = 5 + random.nextInt(60);
        for (int i = 0; i < count; i++) {
            String id = "e" + i;
            String date = randomDate(random);
            String company = random.nextInt(8) == 0 ? "meta" : "acme";
            events.add(switch (random.nextInt(10)) {
                case 0 -> event(id, EventType.FOUNDING, date, company, null, FieldValues.empty());
                case 1, 2 -> event(id, EventType.FUNDING_ROUND, date, company, null, round(random));
                case 3, 4, 5 -> event(id, EventType.STAKE_ACQUISITION, date, company, null, stake(random));
                case 6 -> event(id, EventType.ACQUISITION, date, company, null,
                        FieldValues.builder().put(Field.ACQUIRER, pick(random, HOLDERS)).build());
                default -> event(id, EventType.LEADERSHIP_CHANGE, date, company,
                        random.nextInt(6) == 0 ? laterDate(date, random) : null, leadership(random));
            });
        }
        return TestEvents.store(events.toArray(Event[]::new));
    }

    private static FieldValues round(SplittableRandom random) {
        long amount = 1 + random.nextInt(100);
        long pre = amount * (1 + random.nextInt(20));
        FieldValues.Builder values = FieldValues.builder().put(Field.ROUND, "R")
                .put(Field.AMOUNT, new Money(BigDecimal.valueOf(amount), "USD", false));
        if (random.nextBoolean()) {
            values.put(Field.PRE_MONEY, new Money(BigDecimal.valueOf(pre), "USD", random.nextInt(5) == 0));
        }
        if (random.nextBoolean()) {
            values.put(Field.POST_MONEY, new Money(BigDecimal.valueOf(pre + amount), "USD", random.nextInt(5) == 0));
        }
        if (random.nextBoolean()) {
            values.put(Field.INVESTORS, new EntityList(List.of(pick(random, HOLDERS))));
        }
        return values.build();
    }

    private static FieldValues stake(SplittableRandom random) {
        FieldValues.Builder values = FieldValues.builder().put(Field.ACQUIRER, pick(random, HOLDERS))
                .put(Field.STAKE_PERCENT, BigDecimal.valueOf(random.nextInt(60)));
        if (random.nextInt(4) == 0) {
            values.put(Field.BASIS, "profit interest");
        }
        if (random.nextBoolean()) {
            values.put(Field.SELLERS, new EntityList(random.nextBoolean() ? List.of(pick(random, HOLDERS))
                    : List.of(pick(random, HOLDERS), pick(random, HOLDERS))));
        }
        if (random.nextBoolean()) {
            values.put(Field.POST_MONEY, new Money(BigDecimal.valueOf(100 + random.nextInt(1000)), "USD", false));
        }
        return values.put(Field.STAKE_APPROX, random.nextInt(5) == 0).build();
    }

    private static FieldValues leadership(SplittableRandom random) {
        return FieldValues.builder().put(Field.PERSON, pick(random, PEOPLE)).put(Field.ROLE, pick(random, ROLES))
                .put(Field.CHANGE, LeadershipChangeKind.values()[random.nextInt(LeadershipChangeKind.values().length)])
                .build();
    }

    private static Event event(String id, EventType type, String date, String company, PartialDate end,
                               FieldValues fields) {
        return new Event(id, type, PartialDate.parse(date), end, company, id, null, List.of(),
                List.of(Citation.of("src")), fields);
    }

    /** A date of every precision over a few years, so that many events share days, months and years. */
    private static String randomDate(SplittableRandom random) {
        LocalDate day = LocalDate.of(2015 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return switch (random.nextInt(3)) {
            case 0 -> day.toString();
            case 1 -> day.toString().substring(0, 7);
            default -> day.toString().substring(0, 4);
        };
    }

    private static PartialDate laterDate(String date, SplittableRandom random) {
        return PartialDate.ofDay(PartialDate.parse(date).end().plusDays(random.nextInt(900)));
    }

    private static <T> T pick(SplittableRandom random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
