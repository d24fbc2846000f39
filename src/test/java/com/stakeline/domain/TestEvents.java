package com.stakeline.domain;

import java.math.BigDecimal;
import java.util.List;

/** Builds small stores for domain tests without going through JSON. */
final class TestEvents {

    private TestEvents() {
    }

    static EventStore store(Event... events) {
        List<Entity> entities = List.of(
                new Entity("acme", "Acme", EntityKind.COMPANY, List.of("Acme Corp"), null, null),
                new Entity("founder", "Fay Founder", EntityKind.PERSON, List.of(), null, null),
                new Entity("cofounder", "Cole Founder", EntityKind.PERSON, List.of(), null, null),
                new Entity("buyer", "Big Buyer", EntityKind.COMPANY, List.of(), null, null),
                new Entity("meta", "Meta Platforms", EntityKind.COMPANY, List.of("Meta", "Facebook"), null, null),
                new Entity("fund", "Big Fund", EntityKind.FUND, List.of(), null, null),
                new Entity("ann", "Ann Lee", EntityKind.PERSON, List.of(), null, null),
                new Entity("bob", "Bob Roy", EntityKind.PERSON, List.of(), null, null));
        List<Source> sources = List.of(new Source("src", "Article", null, null, null, null, null),
                new Source("other", "Other article", null, null, null, null, null));
        return new EventStore("Test", "acme", entities, sources, List.of(events));
    }

    static Event event(String id, EventType type, String date, FieldValues fields, Citation... citations) {
        return new Event(id, type, PartialDate.parse(date), null, "acme", id, null, List.of(),
                citations.length == 0 ? List.of(Citation.of("src")) : List.of(citations), fields);
    }

    static Event stake(String id, String date, String holder, String percent) {
        return stake(id, date, holder, percent, FieldValues.builder());
    }

    /** A stake acquisition with more fields: a price, sellers, a basis. */
    static Event stake(String id, String date, String holder, String percent, FieldValues.Builder more) {
        return event(id, EventType.STAKE_ACQUISITION, date,
                more.put(Field.ACQUIRER, holder).put(Field.STAKE_PERCENT, new BigDecimal(percent)).build());
    }

    /** A stake priced at {@code amount} against a post-money of {@code postMoney}, in dollars. */
    static Event pricedStake(String id, String date, String holder, String percent, String amount, String postMoney) {
        return stake(id, date, holder, percent, FieldValues.builder()
                .put(Field.AMOUNT, Money.of(amount, "USD")).put(Field.POST_MONEY, Money.of(postMoney, "USD")));
    }

    static Event round(String id, String date, String amount, String postMoney) {
        return event(id, EventType.FUNDING_ROUND, date, FieldValues.builder()
                .put(Field.ROUND, id).put(Field.AMOUNT, Money.of(amount, "USD"))
                .put(Field.POST_MONEY, Money.of(postMoney, "USD")).build());
    }

    /** A round that states its pre-money and the amount raised, and their sum as post-money, in dollars. */
    static Event roundFromPreMoney(String id, String date, String amount, String preMoney, String... investors) {
        Money raised = Money.of(amount, "USD");
        Money pre = Money.of(preMoney, "USD");
        return event(id, EventType.FUNDING_ROUND, date, FieldValues.builder()
                .put(Field.ROUND, id).put(Field.AMOUNT, raised).put(Field.PRE_MONEY, pre)
                .put(Field.POST_MONEY, new Money(pre.value().add(raised.value()), "USD", false))
                .put(Field.INVESTORS, new EntityList(List.of(investors))).build());
    }

    static Event leadership(String id, String date, String person, String role, LeadershipChangeKind change) {
        return event(id, EventType.LEADERSHIP_CHANGE, date, FieldValues.builder()
                .put(Field.PERSON, person).put(Field.ROLE, role).put(Field.CHANGE, change).build());
    }

    static Event milestone(String id, String date, String... tags) {
        return new Event(id, EventType.MILESTONE, PartialDate.parse(date), null, "acme", id, null, List.of(tags),
                List.of(Citation.of("src")), FieldValues.empty());
    }
}
