package com.stakeline.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AppIconTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppIcon.apply(stage);
    }

    @Test
    void theWindowCarriesTheIconAtEverySizeItShips() {
        List<Image> icons = stage.getIcons();

        assertEquals(AppIcon.SIZES.size(), icons.size());
        for (int i = 0; i < icons.size(); i++) {
            Image icon = icons.get(i);
            assertFalse(icon.isError(), icon.getUrl());
            assertEquals(AppIcon.SIZES.get(i), (int) icon.getWidth(), icon.getUrl());
            assertEquals(AppIcon.SIZES.get(i), (int) icon.getHeight(), icon.getUrl());
        }
    }
}
