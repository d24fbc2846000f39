package com.stakeline.viewmodel.leadership;

/**
 * One role on the as-of date, and on the compared date B while one is set, written for people.
 *
 * @param role the role
 * @param heldBy who holds it, "(interim)" marked; "vacant" when nobody does
 * @param since when they took it, or that the sources do not say
 * @param before who held it last before them, and until when; "" when nobody did
 * @param flag "two holders at once" for an overlap, "vacant" for a gap; "" otherwise
 * @param heldOnB who held it on the compared date B, as {@code heldBy} says it; "" while no B is set
 */
public record SeatRow(String role, String heldBy, String since, String before, String flag, String heldOnB) {
}
