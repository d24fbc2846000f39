package com.stakeline.view;

import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app's icon, drawn in {@code packaging/icons}, at the sizes window managers and task bars choose from. */
public final class AppIcon {

    /** The sizes the jar carries, in pixels. */
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private static List<Image> images;

    private AppIcon() {
    }

    /** Gives {@code stage} the app's icon. Call on the FX thread. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }

    /** The icon at every size, loaded once. */
    static List<Image> images() {
        if (images == null) {
            images = SIZES.stream().map(size -> new Image(Objects.requireNonNull(
                    AppIcon.class.getResource("icons/stakeline-" + size + ".png"), "no icon of " + size + " px")
                    .toExternalForm())).toList();
        }
        return images;
    }
}
