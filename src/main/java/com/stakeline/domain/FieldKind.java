package com.stakeline.domain;

/** The shape of an event field's value, which decides how it is read, compared and shown. */
public enum FieldKind {
    /** Free text. */
    TEXT,
    /** The id of one entity. */
    ENTITY,
    /** A list of entity ids. */
    ENTITIES,
    /** A {@link Money} object. */
    MONEY,
    /** A number from 0 to 100. */
    PERCENT,
    /** True or false. */
    FLAG,
    /** A {@link PartialDate}. */
    DATE,
    /** A {@link LeadershipChangeKind}. */
    LEADERSHIP_CHANGE
}
