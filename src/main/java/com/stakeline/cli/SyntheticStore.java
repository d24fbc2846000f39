package com.stakeline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.stakeline.domain.EventStore;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic event store: one subject company among many others, investors holding stakes that stay under 100%,
 * people taking and leaving roles, dates of every precision, and a few sources that disagree.
 */
final class SyntheticStore {

    private static final String SUBJECT = "subject-co";
    private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST.toEpochDay());
    private static final List<String> ROUNDS = List.of("Seed", "Series A", "Series B", "Series C", "Series D", "Growth");
    private static final List<String> ROLES = List.of("CEO", "CFO", "Chief Strategy Officer", "Board director");
    private static final List<String> MILESTONES = List.of("launches a new product", "opens an office abroad",
            "signs a major client", "passes a revenue milestone", "faces a regulatory review", "announces a partnership",
            "hires a chief scientist", "wins an industry award");
    private static final List<String> TAGS = List.of("product", "deal", "talent", "risk", "clients", "governance");
    /**
     * How many investors may hold each company, each at most 9%, so known stakes stay under 100%. Only the subject and
     * the first half of the companies sell stakes; only the second half are acquired whole, so no stake follows a
     * takeover.
     */
    private static final int HOLDERS_PER_COMPANY = 10;

    private final int count;
    private final SplittableRandom random;
    private final int companies;
    private final int people;
    private final int investors;
    private final int sources;

    SyntheticStore(int count, long seed) {
        this.count = count;
        this.random = new SplittableRandom(seed);
        this.companies = Math.max(20, count / 200);
        this.people = Math.max(10, count / 100);
        this.investors = Math.max(HOLDERS_PER_COMPANY * 2, count / 100);
        this.sources = Math.max(5, count / 50);
    }

    void writeTo(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", EventStore.FORMAT);
        json.writeStringField("title", "Synthetic company history (" + count + " events)");
        json.writeStringField("subject", SUBJECT);
        json.writeArrayFieldStart("entities");
        entity(json, SUBJECT, "Subject Co", "company");
        for (int i = 0; i < companies; i++) {
            entity(json, company(i), "Company " + i, "company");
        }
        for (int i = 0; i < people; i++) {
            entity(json, "person-" + i, "Person " + i, "person");
        }
        for (int i = 0; i < investors; i++) {
            entity(json, "investor-" + i, "Investor " + i, i % 3 == 0 ? "fund" : "investor");
        }
        json.writeEndArray();
        json.writeArrayFieldStart("sources");
        for (int i = 0; i < sources; i++) {
            json.writeStartObject();
            json.writeStringField("id", "src-" + i);
            json.writeStringField("title", "Report " + i);
            json.writeStringField("publisher", "Publisher " + (i % 12));
            json.writeStringField("published", day().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        for (int i = 0; i < count; i++) {
            event(json, i);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void entity(JsonGenerator json, String id, String name, String kind) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("name", name);
        json.writeStringField("kind", kind);
        json.writeEndObject();
    }

    private void event(JsonGenerator json, int index) throws IOException {
        int companyIndex = random.nextInt(100) < 35 ? -1 : random.nextInt(companies);
        String company = companyIndex < 0 ? SUBJECT : company(companyIndex);
        String date = partialDate();
        String currency = random.nextInt(10) == 0 ? "EUR" : "USD";
        int kind = random.nextInt(100);
        json.writeStartObject();
        json.writeStringField("id", String.format("e%07d", index));
        if (kind < 2) {
            json.writeStringField("type", "founding");
            common(json, date, company, nameOf(company) + " is founded");
            json.writeArrayFieldStart("founders");
            json.writeString(person(companyIndex, 0));
            json.writeEndArray();
        } else if (kind < 17) {
            fundingRound(json, date, company, currency);
        } else if (kind < 27 && companyIndex < companies / 2) {
            stake(json, date, company, companyIndex, currency);
        } else if (kind < 28 && companyIndex >= companies / 2) {
            json.writeStringField("type", "acquisition");
            common(json, date, company, nameOf(company) + " is acquired");
            json.writeStringField("acquirer", company((companyIndex + 1) % companies));
            money(json, "amount", 1_000_000L * (10 + random.nextInt(5000)), false, currency);
        } else if (kind < 45) {
            leadership(json, date, company, companyIndex);
        } else {
            json.writeStringField("type", "milestone");
            common(json, date, company, nameOf(company) + " " + MILESTONES.get(random.nextInt(MILESTONES.size())));
            if (random.nextInt(20) == 0) {
                json.writeStringField("endDate", LocalDate.parse(date.length() == 10 ? date : date.substring(0, 4) + "-12-31")
                        .plusDays(30 + random.nextInt(700)).toString());
            }
        }
        citations(json, date);
        json.writeArrayFieldStart("tags");
        json.writeString(TAGS.get(random.nextInt(TAGS.size())));
        json.writeEndArray();
        json.writeEndObject();
    }

    private void fundingRound(JsonGenerator json, String date, String company, String currency) throws IOException {
        String round = ROUNDS.get(random.nextInt(ROUNDS.size()));
        json.writeStringField("type", "funding_round");
        common(json, date, company, nameOf(company) + " raises a " + round + " round");
        json.writeStringField("round", round);
        long amount = 1_000_000L * (1 + random.nextInt(500));
        long postMoney = amount * (5 + random.nextInt(16));
        money(json, "amount", amount, false, currency);
        if (random.nextBoolean()) {
            money(json, "preMoney", postMoney - amount, false, currency);
        }
        money(json, "postMoney", postMoney, random.nextInt(5) == 0, currency);
        json.writeArrayFieldStart("investors");
        int first = random.nextInt(investors);
        for (int i = 0; i <= random.nextInt(3); i++) {
            json.writeString("investor-" + ((first + i) % investors));
        }
        json.writeEndArray();
    }

    private void stake(JsonGenerator json, String date, String company, int companyIndex, String currency)
            throws IOException {
        String holder = "investor-" + Math.floorMod(companyIndex * 7 + random.nextInt(HOLDERS_PER_COMPANY), investors);
        int percent = 1 + random.nextInt(9);
        json.writeStringField("type", "stake_acquisition");
        common(json, date, company, nameOf(holder) + " holds " + percent + "% of " + nameOf(company));
        json.writeStringField("acquirer", holder);
        json.writeNumberField("stakePercent", percent);
        long postMoney = 10_000_000L * (1 + random.nextInt(1000));
        // Stakes restate a holder's whole holding at random dates, so the increase each one bought is not known when
        // it is written. One in twenty carries a price for the whole stake anyway, as some reports do; where the
        // holder held some before, the price check flags it.
        if (random.nextInt(20) == 0) {
            money(json, "amount", postMoney / 100 * percent, false, currency);
        }
        money(json, "postMoney", postMoney, false, currency);
    }

    private void leadership(JsonGenerator json, String date, String company, int companyIndex) throws IOException {
        String person = person(companyIndex, random.nextInt(4));
        String role = ROLES.get(random.nextInt(ROLES.size()));
        int change = random.nextInt(10);
        String changeName = change < 5 ? "appointed" : change < 7 ? "interim_appointed" : "departed";
        json.writeStringField("type", "leadership_change");
        common(json, date, company, nameOf(person) + " " + changeName.replace('_', ' ') + " as " + role);
        json.writeStringField("person", person);
        json.writeStringField("role", role);
        json.writeStringField("change", changeName);
    }

    private void common(JsonGenerator json, String date, String company, String title) throws IOException {
        json.writeStringField("date", date);
        json.writeStringField("company", company);
        json.writeStringField("title", title);
        if (random.nextInt(3) == 0) {
            json.writeStringField("summary", "A synthetic event: " + title.toLowerCase() + ".");
        }
    }

    private void citations(JsonGenerator json, String date) throws IOException {
        json.writeArrayFieldStart("sources");
        int cited = 1 + random.nextInt(3);
        int first = random.nextInt(sources);
        for (int i = 0; i < cited; i++) {
            json.writeStartObject();
            json.writeStringField("ref", "src-" + ((first + i) % sources));
            if (i > 0 && random.nextInt(30) == 0) {
                json.writeObjectFieldStart("says");
                json.writeStringField("date", Integer.toString(Integer.parseInt(date.substring(0, 4)) - 1));
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void money(JsonGenerator json, String field, long value, boolean approx, String currency)
            throws IOException {
        json.writeObjectFieldStart(field);
        json.writeNumberField("value", value);
        json.writeStringField("currency", currency);
        if (approx) {
            json.writeBooleanField("approx", true);
        }
        json.writeEndObject();
    }

    private LocalDate day() {
        return FIRST.plusDays(random.nextInt(DAYS));
    }

    /** A date of every precision: six in ten are days, three months, one a year. */
    private String partialDate() {
        String day = day().toString();
        int draw = random.nextInt(10);
        return draw < 6 ? day : draw < 9 ? day.substring(0, 7) : day.substring(0, 4);
    }

    private String company(int index) {
        return "company-" + index;
    }

    private String person(int companyIndex, int slot) {
        return "person-" + Math.floorMod(companyIndex * 4 + slot, people);
    }

    private static String nameOf(String id) {
        String[] parts = id.split("-");
        return Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1) + " " + parts[parts.length - 1];
    }
}
