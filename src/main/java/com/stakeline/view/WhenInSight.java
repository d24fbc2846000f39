package com.stakeline.view;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;

/**
 * Work on a node that is worth doing only while the node is in sight: now, when no node above it is hidden, or else
 * once the hidden one, such as the content of a tab not in front, is shown again. Every tab follows the as-of cursor
 * and the open store, and only one of them is seen.
 */
public final class WhenInSight {

    private final Node node;
    private final Runnable work;
    private final InvalidationListener cameIntoSight = observable -> request();
    /** The hidden node above ours whose showing again calls for the work put off, or null. */
    private Node watched;

    /** Work on {@code node}, to be asked for through {@link #request()}. */
    public WhenInSight(Node node, Runnable work) {
        this.node = node;
        this.work = work;
    }

    /** Does the work now if the node is in sight, or else once it comes into sight; once, however often asked. */
    public void request() {
        Node hidden = hiddenAncestor(node);
        if (hidden != null) {
            watch(hidden);
            return;
        }
        stopWatching();
        work.run();
    }

    /** The node itself or the nearest node above it that is hidden; null if none is. */
    private static Node hiddenAncestor(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return up;
            }
        }
        return null;
    }

    private void watch(Node hidden) {
        if (watched != hidden) {
            stopWatching();
            watched = hidden;
            hidden.visibleProperty().addListener(cameIntoSight);
        }
    }

    private void stopWatching() {
        if (watched != null) {
            watched.visibleProperty().removeListener(cameIntoSight);
            watched = null;
        }
    }
}
