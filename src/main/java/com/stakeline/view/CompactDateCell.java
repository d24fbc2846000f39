package com.stakeline.view;

import com.stakeline.domain.PartialDate;
import java.time.LocalDate;
import java.time.Month;
import javafx.scene.control.TableCell;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A date in its compact form, in a column never narrower than the widest such date in the cell's font, so no
 * date is cut. The font comes from CSS, so the width is worked out from the first cell that has one.
 *
 * @param <S> the type of the table's rows
 */
public final class CompactDateCell<S> extends TableCell<S, PartialDate> {

    /** Room beside the widest date, so rounding in the cell's layout never tips it into an ellipsis. */
    private static final double DATE_SLACK = 4;

    /** The font last measured and its widest date, shared by the cells: each new cell would measure again. */
    private static Font measuredFont;
    private static double widest;

    @Override
    protected void updateItem(PartialDate item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.compact());
        if (getFont() != measuredFont) {
            measuredFont = getFont();
            widest = widestCompactDate(measuredFont);
        }
        double needed = widest + snappedLeftInset() + snappedRightInset() + DATE_SLACK;
        if (getTableColumn() != null && getTableColumn().getMinWidth() < needed) {
            getTableColumn().setMinWidth(needed);
        }
    }

    private static double widestCompactDate(Font font) {
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (Month month : Month.values()) {
            probe.setText(PartialDate.ofDay(LocalDate.of(2000, month, 28)).compact());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }
}
