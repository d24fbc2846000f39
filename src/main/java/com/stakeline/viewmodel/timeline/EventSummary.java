package com.stakeline.viewmodel.timeline;

import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.Field;
import com.stakeline.domain.Formats;
import com.stakeline.domain.LeadershipChangeKind;
import java.util.Optional;

/** An event in a few words, for tooltips and screen readers: its date, type, title and key figures. */
public final class EventSummary {

    private EventSummary() {
    }

    /** "June 2025 · Stake acquisition", the title, and "$14.3B for 49% at $29B post-money" where there are figures. */
    public static String describe(Event event, EventStore store) {
        StringBuilder text = new StringBuilder(event.date().display()).append(" · ").append(event.type().display())
                .append('\n').append(event.title());
        String figures = keyFigures(event, store);
        if (!figures.isEmpty()) {
            text.append('\n').append(figures);
        }
        return text.toString();
    }

    /** The figures that matter most: "$14.3B for 49% at $29B post-money", or who took or left which role. */
    public static String keyFigures(Event event, EventStore store) {
        Optional<String> person = event.get(Field.PERSON).map(store::entityName);
        if (person.isPresent()) {
            return person.get() + ", " + event.get(Field.ROLE).orElse("") + ": "
                    + event.get(Field.CHANGE).map(LeadershipChangeKind::display).orElse("");
        }
        Optional<String> amount = event.get(Field.AMOUNT).map(Formats::money);
        Optional<String> stake = event.get(Field.STAKE_PERCENT)
                .map(percent -> Formats.percent(percent, event.get(Field.STAKE_APPROX).orElse(false)));
        String figures = amount.map(a -> stake.map(s -> a + " for " + s).orElse(a)).orElse(stake.orElse(""));
        String postMoney = event.get(Field.POST_MONEY).map(money -> "at " + Formats.money(money) + " post-money").orElse("");
        return (figures + " " + postMoney).strip();
    }
}
