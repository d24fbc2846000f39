package com.stakeline.domain;

/**
 * A gap between two tenures of one role, or two tenures of it held at once.
 *
 * @param kind a gap or an overlap
 * @param role the role
 * @param earlier the tenure that began first
 * @param later the tenure that began second
 */
public record TenureIssue(Kind kind, String role, Tenure earlier, Tenure later) {

    /** What is wrong between the two tenures. */
    public enum Kind {
        /** Nobody is reported in the role between the two. */
        GAP,
        /** Both hold the role for a while. */
        OVERLAP
    }
}
