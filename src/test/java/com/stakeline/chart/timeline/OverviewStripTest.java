package com.stakeline.chart.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.stakeline.domain.Citation;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventType;
import com.stakeline.domain.FieldValues;
import com.stakeline.domain.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OverviewStripTest {

    @ParameterizedTest(name = "{0} pixels")
    @ValueSource(ints = {50, 400, 3000})
    void theHistogramCountsEveryEventOnceInThePixelWhereItStarts(int width) {
        Random random = new Random(width);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
            events.add(new Event("e" + i, EventType.MILESTONE, PartialDate.ofDay(day), null, "acme", "Event " + i,
                    null, List.of(), List.of(Citation.of("src")), FieldValues.empty()));
        }
        TimelineModel model = TimelineLayoutTest.modelOf(TimelineLayoutTest.storeOf(events.toArray(Event[]::new)),
                LocalDate.of(2026, 1, 1));
        TimeWindow span = model.fullWindow();

        int[] expected = new int[width];
        double scale = width / span.span();
        for (Event event : events) {
            expected[(int) ((event.date().start().toEpochDay() - span.start()) * scale)]++;
        }
        int[] counted = OverviewStrip.histogram(model, span, width);

        assertEquals(events.size(), Arrays.stream(counted).sum());
        // Counting by binary search may put an event that starts exactly on a pixel's edge in the next pixel.
        for (int x = 0; x < width; x++) {
            assertEquals(prefix(expected, x), prefix(counted, x), 1, "events before pixel " + (x + 1));
        }
        if (width > events.size()) {
            assertArrayEquals(expected, counted);
        }
    }

    private static int prefix(int[] counts, int x) {
        int sum = 0;
        for (int i = 0; i <= x; i++) {
            sum += counts[i];
        }
        return sum;
    }
}
