package com.stakeline.chart.ownership;

/**
 * One slice of an ownership pie: a holder's stake, or what the known stakes leave over.
 *
 * @param holderId the holder's entity id, or null for the undisclosed rest
 * @param name the holder's name, or "Undisclosed / other"
 * @param percent how much of the pie the slice takes, 0 to 100
 * @param figure the stake as people read it: "49%", "~49%", "at most 60%"
 * @param detail what qualifies or prices it, such as "about $14.21B at the $29B post-money"; empty when nothing does
 */
public record PieSlice(String holderId, String name, double percent, String figure, String detail) {

    /** Whether this is the undisclosed rest rather than a known holder. */
    public boolean undisclosed() {
        return holderId == null;
    }
}
