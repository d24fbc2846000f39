package com.stakeline.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowLayoutTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    private static final Rectangle2D MONITOR_ON_THE_RIGHT = new Rectangle2D(1366, 0, 2560, 1400);

    @Test
    void aWindowRememberedOnALargerScreenIsShrunkAndMovedOntoTheSmallerOne() {
        Rectangle2D remembered = new Rectangle2D(300, 200, 1900, 1100);

        assertEquals(new Rectangle2D(0, 0, 1366, 740), WindowLayout.fit(remembered, List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aWindowOnAScreenThatIsGoneOpensOnThePrimaryScreen() {
        Rectangle2D remembered = new Rectangle2D(2000, 100, 1200, 700);

        assertEquals(new Rectangle2D(166, 40, 1200, 700), WindowLayout.fit(remembered, List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aWindowStraddlingTwoScreensMovesOntoTheOneHoldingMostOfIt() {
        Rectangle2D remembered = new Rectangle2D(1000, 50, 1280, 800);

        assertEquals(new Rectangle2D(1366, 50, 1280, 800),
                WindowLayout.fit(remembered, List.of(LAPTOP, MONITOR_ON_THE_RIGHT), LAPTOP));
    }

    @Test
    void aWindowThatFitsStaysExactlyWhereItWas() {
        Rectangle2D remembered = new Rectangle2D(1500, 120, 1280, 800);

        assertEquals(remembered, WindowLayout.fit(remembered, List.of(LAPTOP, MONITOR_ON_THE_RIGHT), LAPTOP));
    }

    @Test
    void aDividerThatWouldHideAPaneFallsBackToTheDefault() {
        assertEquals(0.4, WindowLayout.divider(0.4, 0.6));
        assertEquals(0.6, WindowLayout.divider(Double.NaN, 0.6));
        assertEquals(0.6, WindowLayout.divider(0.999, 0.6));
        assertEquals(0.6, WindowLayout.divider(-3, 0.6));
    }
}
