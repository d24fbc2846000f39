package com.stakeline.view.export;

import java.io.ByteArrayInputStream;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts an exported picture on the system clipboard, for pasting into a slide or a document. */
public final class ClipboardImage {

    private ClipboardImage() {
    }

    /** Puts the PNG image {@code png} on the clipboard as an image. */
    public static void put(byte[] png) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(new Image(new ByteArrayInputStream(png)));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
