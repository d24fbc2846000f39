package com.stakeline.domain;

/**
 * Two people in a one-holder role at once, by what the sources say for certain: the later tenure had begun (or was
 * shown held) before the earlier one ended.
 *
 * @param earlier the tenure that was held first
 * @param later the tenure that began while it lasted
 */
public record TenureOverlap(Tenure earlier, Tenure later) {
}
