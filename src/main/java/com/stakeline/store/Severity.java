package com.stakeline.store;

/** Whether a problem stops a file from loading. */
public enum Severity {
    /** The file cannot be loaded. */
    ERROR,
    /** The file loads, but something in it looks wrong. */
    WARNING
}
