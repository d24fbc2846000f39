package com.stakeline.domain;

/** How much of a calendar date a source states: the whole year, a month, or one day. */
public enum Precision {
    YEAR,
    MONTH,
    DAY
}
