package com.stakeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code summary --as-of --json} on small stores that each hold one of the cases analysts meet. */
class SummaryCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** A store of Acme with a few parties and two sources, holding {@code events} (JSON objects, comma-separated). */
    private Path store(String events) throws IOException {
        String text = """
                {"format": "stakeline-events/1", "title": "Acme", "subject": "acme",
                 "entities": [
                   {"id": "acme", "name": "Acme", "kind": "company"},
                   {"id": "founder", "name": "Fay Founder", "kind": "person"},
                   {"id": "ann", "name": "Ann Lee", "kind": "person"},
                   {"id": "bob", "name": "Bob Roy", "kind": "person"},
                   {"id": "cal", "name": "Cal Ito", "kind": "person"},
                   {"id": "buyer", "name": "Big Buyer", "kind": "company"},
                   {"id": "fund", "name": "Big Fund", "kind": "fund"}],
                 "sources": [{"id": "a", "title": "Report A"}, {"id": "b", "title": "Report B"}],
                 "events": [%s]}
                """.formatted(events);
        return Files.writeString(folder.resolve("acme.json"), text);
    }

    private static String stake(String id, String date, String holder, int percent, String more) {
        return """
                {"id": "%s", "type": "stake_acquisition", "date": "%s", "company": "acme", "title": "%s",
                 "acquirer": "%s", "stakePercent": %d, "sources": [{"ref": "a"}]%s}
                """.formatted(id, date, id, holder, percent, more.isEmpty() ? "" : ", " + more);
    }

    private static String ceo(String id, String date, String person) {
        return """
                {"id": "%s", "type": "leadership_change", "date": "%s", "company": "acme", "title": "%s",
                 "person": "%s", "role": "CEO", "change": "appointed", "sources": [{"ref": "a"}]}
                """.formatted(id, date, id, person);
    }

    private static String usd(long value, boolean approx) {
        return "{\"value\": " + value + ", \"currency\": \"USD\"" + (approx ? ", \"approx\": true" : "") + "}";
    }

    private static JsonNode json(Path store, String asOf) throws IOException {
        CommandRun run = CommandRun.of("summary", store.toString(), "--as-of", asOf, "--json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return JSON.readTree(run.out());
    }

    private static JsonNode holder(JsonNode summary, String id) {
        for (JsonNode stake : summary.get("ownership")) {
            if (stake.get("holder").asText().equals(id)) {
                return stake;
            }
        }
        throw new AssertionError("no stake of " + id + " in " + summary.get("ownership"));
    }

    private static List<String> warnings(JsonNode summary) {
        List<String> warnings = new ArrayList<>();
        summary.get("checks").forEach(check -> {
            if (check.get("status").asText().equals("warning")) {
                warnings.add(check.get("detail").asText());
            }
        });
        return warnings;
    }

    @Test
    void theFounderWhoSold49PointsHolds11Percent() throws IOException {
        Path sale = store(stake("founding", "2016", "founder", 60, "") + ","
                + stake("sale", "2025-06", "buyer", 49, "\"sellers\": [\"founder\"]"));
        JsonNode summary = json(sale, "2025-12-31");
        assertEquals(11, holder(summary, "founder").get("percent").asInt());
        assertEquals("after_sale", holder(summary, "founder").get("statement").asText());
        assertEquals(49, holder(summary, "buyer").get("percent").asInt());
        assertEquals(40, summary.get("undisclosedPercent").asInt());
        assertEquals(List.of(), warnings(summary));

        String text = CommandRun.of("summary", sale.toString(), "--as-of", "2025-12-31").out();
        assertTrue(text.matches("(?s).*Fay Founder\\s+11%\\s+after a sale in June 2025.*"), text);
    }

    @Test
    void aProfitInterestIsListedApartAndNotSummedWithEquity() throws IOException {
        JsonNode summary = json(store(stake("founding", "2016", "founder", 100, "") + ","
                + stake("interest", "2024", "fund", 49, "\"basis\": \"profit interest\", \"amount\": "
                + usd(1_000_000_000L, false) + ", \"postMoney\": " + usd(20_000_000_000L, false))), "2025");
        assertEquals("equity", holder(summary, "founder").get("basis").asText());
        JsonNode interest = holder(summary, "fund");
        assertEquals("profit interest", interest.get("basis").asText());
        assertTrue(interest.get("value").isNull(), "a profit interest is not priced as a share of the company");
        assertEquals(0, summary.get("undisclosedPercent").asInt());
        assertEquals(List.of(), warnings(summary));
    }

    @Test
    void aStakeBeforeALaterRoundShowsTheImplied40PercentAndAnEstimatedValue() throws IOException {
        Path dilution = store(stake("buys-half", "2020-03", "fund", 50, "\"amount\": " + usd(50_000_000L, false)
                + ", \"postMoney\": " + usd(100_000_000L, false)) + ","
                + """
                {"id": "series-b", "type": "funding_round", "date": "2021-05", "company": "acme", "title": "B",
                 "round": "Series B", "amount": %s, "preMoney": %s, "postMoney": %s, "sources": [{"ref": "a"}]}
                """.formatted(usd(100_000_000L, false), usd(400_000_000L, false), usd(500_000_000L, false)));
        JsonNode fund = holder(json(dilution, "2022"), "fund");
        assertEquals(50, fund.get("percent").asInt());
        assertEquals("2020-03", fund.get("statedOn").asText());
        assertEquals(1, fund.get("laterRounds").asInt());
        assertEquals(40, fund.get("impliedPercent").asInt());
        assertEquals(200_000_000L, fund.get("value").get("value").asLong());
        assertTrue(fund.get("valueEstimate").asBoolean());

        JsonNode before = holder(json(dilution, "2021-04"), "fund");
        assertEquals(0, before.get("laterRounds").asInt());
        assertTrue(before.get("impliedPercent").isNull());

        String text = CommandRun.of("summary", dilution.toString(), "--as-of", "2022").out();
        assertTrue(text.contains("as of March 2020, before 1 later round; implied 40% if it took no part; worth $200M "
                + "(estimate, at the implied stake) at the $500M post-money valuation"), text);
    }

    @Test
    void eachNewCeoEndsThePreviousOneSoThereIsOneAtATime() throws IOException {
        Path ceos = store(ceo("ann-ceo", "2010", "ann") + "," + ceo("bob-ceo", "2014-03", "bob") + ","
                + ceo("cal-ceo", "2019-07-01", "cal"));
        for (String asOf : List.of("2012", "2016", "2019-06-30", "2020")) {
            JsonNode leadership = json(ceos, asOf).get("leadership");
            assertEquals(1, leadership.size(), asOf + ": " + leadership);
        }
        JsonNode now = json(ceos, "2020").get("leadership").get(0);
        assertEquals("cal", now.get("person").asText());
        assertEquals("2019-07-01", now.get("since").asText());
        assertTrue(now.get("sinceUnknownBefore").isNull());
        assertEquals(List.of(), warnings(json(ceos, "2020")));
    }

    @Test
    void approximateFiguresConflictOnlyBeyondTheirTolerance() throws IOException {
        StringBuilder events = new StringBuilder();
        long[][] postMoneyAndClaim = {
                {10_000_000_000L, 5_000_000_000L},          // ~$10B against $5B: a conflict
                {1_000_000_000_000L, 500_000_000_000L},     // ~$1T against $500B: a conflict
                {14_000_000_000L, 13_800_000_000L},         // ~$14B against $13.8B: agrees
                {500_000_000_000L, 490_000_000_000L}};      // ~$500B against $490B: agrees
        for (int i = 0; i < postMoneyAndClaim.length; i++) {
            events.append("""
                    {"id": "round-%d", "type": "funding_round", "date": "%d", "company": "acme", "title": "R",
                     "round": "R", "amount": %s, "postMoney": %s,
                     "sources": [{"ref": "a"}, {"ref": "b", "says": {"postMoney": %s}}]},
                    """.formatted(i, 2015 + i, usd(1_000_000L, false), usd(postMoneyAndClaim[i][0], true),
                    usd(postMoneyAndClaim[i][1], false)));
        }
        events.append(stake("stake", "2020", "fund", 49, "\"stakeApprox\": true, \"sources\": [{\"ref\": \"a\"}, "
                + "{\"ref\": \"b\", \"says\": {\"stakePercent\": 47}}]").replace("\"sources\": [{\"ref\": \"a\"}], ", ""));
        JsonNode conflicts = json(store(events.toString()), "2025").get("conflicts");
        List<String> found = new ArrayList<>();
        conflicts.forEach(conflict -> found.add(conflict.get("event").asText() + " " + conflict.get("field").asText()));
        assertEquals(List.of("round-0 postMoney", "round-1 postMoney", "stake stakePercent"), found);
        assertEquals(5_000_000_000L, conflicts.get(0).get("says").get("value").asLong());
        assertTrue(conflicts.get(0).get("accepted").get("approx").asBoolean());
    }

    @Test
    void aMonthAsOfCountsFromItsFirstDayAndIsNamedAtTheTop() throws IOException {
        Path store = store(stake("early", "2025-10", "fund", 10, "") + ","
                + stake("mid-month", "2025-10-15", "buyer", 20, ""));
        CommandRun text = CommandRun.of("summary", store.toString(), "--as-of", "2025-10");
        assertTrue(text.out().lines().anyMatch(line -> line.equals("As of 1 October 2025")), text.out());
        JsonNode summary = json(store, "2025-10");
        assertEquals("2025-10-01", summary.get("asOf").asText());
        assertEquals(1, summary.get("ownership").size(), "the stake of 15 October is not known on the 1st");
    }

    @Test
    void theJsonHasTheDocumentedKeys() throws IOException {
        JsonNode summary = json(Path.of("data", "scale-ai-meta.json"), "2025-06-30");
        List<String> keys = new ArrayList<>();
        summary.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("asOf", "company", "ownership", "undisclosedPercent", "valuation", "leadership",
                "valuations", "conflicts", "checks"), keys);
        assertEquals(List.of("holder", "name", "percent", "approx", "basis", "statement", "statedOn", "event",
                "laterRounds", "impliedPercent", "value", "valueEstimate"), fieldNames(summary.get("ownership").get(0)));
        assertEquals(List.of("role", "person", "name", "interim", "since", "sinceUnknownBefore"),
                fieldNames(summary.get("leadership").get(0)));
        assertEquals(List.of("event", "date", "postMoney", "currency", "approx", "stepUp", "stepUpApprox"),
                fieldNames(summary.get("valuations").get(0)));
        assertEquals(List.of("event", "field", "accepted", "source", "says"), fieldNames(summary.get("conflicts").get(0)));
        assertEquals(List.of("event", "name", "status", "detail"), fieldNames(summary.get("checks").get(0)));
    }

    @Test
    void aBadAsOfDateIsBadUsageThatSaysWhy() throws IOException {
        CommandRun run = CommandRun.of("summary", store("").toString(), "--as-of", "2025-13");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'2025-13' has no month 13"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
