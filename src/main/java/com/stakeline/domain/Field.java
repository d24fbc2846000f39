package com.stakeline.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A named event field with the Java type of its value: a typed key into an event's figures,
 * and the key a source uses to say it reports a different value.
 *
 * @param <T> the type of the field's value
 */
public final class Field<T> {

    /** When the event happened. */
    public static final Field<PartialDate> DATE = new Field<>("date", "Date", FieldKind.DATE, PartialDate.class);
    /** When an event that lasts ended. */
    public static final Field<PartialDate> END_DATE = new Field<>("endDate", "End date", FieldKind.DATE, PartialDate.class);
    /** A company's founders. */
    public static final Field<EntityList> FOUNDERS = new Field<>("founders", "Founders", FieldKind.ENTITIES, EntityList.class);
    /** The name of a funding round, such as "Series F". */
    public static final Field<String> ROUND = new Field<>("round", "Round", FieldKind.TEXT, String.class);
    /** Money paid or raised. */
    public static final Field<Money> AMOUNT = new Field<>("amount", "Amount", FieldKind.MONEY, Money.class);
    /** The valuation before new money came in. */
    public static final Field<Money> PRE_MONEY = new Field<>("preMoney", "Pre-money valuation", FieldKind.MONEY, Money.class);
    /** The valuation including new money. */
    public static final Field<Money> POST_MONEY = new Field<>("postMoney", "Post-money valuation", FieldKind.MONEY, Money.class);
    /** Investors who led a round. */
    public static final Field<EntityList> LEAD_INVESTORS =
            new Field<>("leadInvestors", "Lead investors", FieldKind.ENTITIES, EntityList.class);
    /** Investors who took part in a round. */
    public static final Field<EntityList> INVESTORS = new Field<>("investors", "Investors", FieldKind.ENTITIES, EntityList.class);
    /** Who bought a stake or a company. */
    public static final Field<String> ACQUIRER = new Field<>("acquirer", "Acquirer", FieldKind.ENTITY, String.class);
    /** The acquirer's whole holding after the event, in percent. */
    public static final Field<BigDecimal> STAKE_PERCENT =
            new Field<>("stakePercent", "Stake", FieldKind.PERCENT, BigDecimal.class);
    /** Whether the stake is stated approximately. */
    public static final Field<Boolean> STAKE_APPROX =
            new Field<>("stakeApprox", "Stake is approximate", FieldKind.FLAG, Boolean.class);
    /** What the stake is in, such as "equity" or "profit interest". */
    public static final Field<String> BASIS = new Field<>("basis", "Basis", FieldKind.TEXT, String.class);
    /** Who sold the stake. */
    public static final Field<EntityList> SELLERS = new Field<>("sellers", "Sellers", FieldKind.ENTITIES, EntityList.class);
    /** The person whose role changed. */
    public static final Field<String> PERSON = new Field<>("person", "Person", FieldKind.ENTITY, String.class);
    /** The role, such as "CEO" or "Board director". */
    public static final Field<String> ROLE = new Field<>("role", "Role", FieldKind.TEXT, String.class);
    /** What happened to the role. */
    public static final Field<LeadershipChangeKind> CHANGE =
            new Field<>("change", "Change", FieldKind.LEADERSHIP_CHANGE, LeadershipChangeKind.class);
    /** Where a departing person went. */
    public static final Field<String> TO_ORGANIZATION =
            new Field<>("toOrganization", "Moved to", FieldKind.ENTITY, String.class);
    /** The parties a milestone concerns, such as a company's clients or a deal's advisers. */
    public static final Field<EntityList> PARTIES = new Field<>("parties", "Parties", FieldKind.ENTITIES, EntityList.class);
    /** Whether the role is held on an interim basis. */
    public static final Field<Boolean> INTERIM = new Field<>("interim", "Interim", FieldKind.FLAG, Boolean.class);

    private static final Map<String, Field<?>> BY_NAME = Stream.of(
                    DATE, END_DATE, FOUNDERS, ROUND, AMOUNT, PRE_MONEY, POST_MONEY, LEAD_INVESTORS, INVESTORS,
                    ACQUIRER, STAKE_PERCENT, STAKE_APPROX, BASIS, SELLERS, PERSON, ROLE, CHANGE, TO_ORGANIZATION, PARTIES,
                    INTERIM)
            .collect(Collectors.toUnmodifiableMap(Field::name, Function.identity()));

    private final String name;
    private final String label;
    private final FieldKind kind;
    private final Class<T> type;

    private Field(String name, String label, FieldKind kind, Class<T> type) {
        this.name = name;
        this.label = label;
        this.kind = kind;
        this.type = type;
    }

    /** The field with that store name, if there is one. */
    public static Optional<Field<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every field an event can carry beyond its common ones, and the dates. */
    public static List<Field<?>> all() {
        return BY_NAME.values().stream().sorted(Comparator.comparing(Field::name)).toList();
    }

    /** The name in an event store, such as {@code postMoney}. */
    public String name() {
        return name;
    }

    /** The name for people, such as "Post-money valuation". */
    public String label() {
        return label;
    }

    /** The shape of the value. */
    public FieldKind kind() {
        return kind;
    }

    /** Casts a value read for this field to its type. */
    public T cast(Object value) {
        return type.cast(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
