package com.stakeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.view.StakelineApp;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The desktop app sees JavaFX as modules under {@code java -jar}, with the internals its ControlsFX controls need. */
class DesktopLauncherTest {

    private static final List<Path> CLASS_PATH = Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator)).map(Path::of).toList();
    private static final List<Path> JAVAFX_JARS = CLASS_PATH.stream()
            .filter(path -> path.getFileName().toString().startsWith("javafx-")).toList();

    @Test
    void theAppSeesJavaFxAsNamedModulesWithTheControlsFxInternalsExportedToIt() throws Exception {
        List<Path> appClassPath = CLASS_PATH.stream().filter(path -> !JAVAFX_JARS.contains(path)).toList();

        ClassLoader appLoader = DesktopLauncher.appLoader(JAVAFX_JARS, appClassPath);

        Class<?> platform = Class.forName("javafx.application.Platform", false, appLoader);
        assertEquals("javafx.graphics", platform.getModule().getName(),
                "JavaFX warns \"Unsupported JavaFX configuration\" unless it is a named module");
        Class<?> app = Class.forName(StakelineApp.class.getName(), false, appLoader);
        assertSame(appLoader, app.getClassLoader(), "the app's classes must come from the loader that sees the layer");
        Module javafxBase = Class.forName("javafx.beans.Observable", false, appLoader).getModule();
        assertTrue(javafxBase.isExported("com.sun.javafx.event", app.getModule()));
        assertFalse(javafxBase.isExported("com.sun.javafx.binding", app.getModule()), "only what ControlsFX needs");
    }

    /**
     * Every JavaFX package that the ControlsFX classes the app uses reach, directly or through ControlsFX's own
     * classes, and that JavaFX does not export, is in the list the launchers export; and nothing more is.
     */
    @Test
    void theExportsAreExactlyTheJavaFxInternalsTheControlsFxControlsInUseReach() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.stakeline", "org.controlsfx", "impl.org.controlsfx");
        Set<ModuleDescriptor> javafxModules = new HashSet<>();
        ModuleFinder.of(JAVAFX_JARS.toArray(Path[]::new)).findAll().forEach(ref -> javafxModules.add(ref.descriptor()));

        Set<String> reached = new TreeSet<>();
        Set<JavaClass> seen = new HashSet<>();
        Deque<JavaClass> toVisit = new ArrayDeque<>();
        classes.stream().filter(c -> c.getPackageName().startsWith("com.stakeline")).forEach(toVisit::add);
        while (!toVisit.isEmpty()) {
            JavaClass current = toVisit.pop();
            for (Dependency dependency : current.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                String targetPackage = target.getPackageName();
                if (isControlsFx(targetPackage) && seen.add(target) && classes.contain(target.getName())) {
                    toVisit.add(classes.get(target.getName()));
                } else if (isControlsFx(current.getPackageName())) {
                    javafxModules.stream()
                            .filter(module -> module.packages().contains(targetPackage))
                            .filter(module -> module.exports().stream().noneMatch(
                                    export -> !export.isQualified() && export.source().equals(targetPackage)))
                            .forEach(module -> reached.add(module.name() + "/" + targetPackage));
                }
            }
        }

        assertEquals(reached, new TreeSet<>(DesktopLauncher.CONTROLSFX_EXPORTS));
    }

    @Test
    void everyLaunchConfigurationExportsThem() throws IOException {
        for (Path configuration : List.of(Path.of("pom.xml"), Path.of("packaging/build.sh"))) {
            String text = Files.readString(configuration);
            for (String export : DesktopLauncher.CONTROLSFX_EXPORTS) {
                assertTrue(text.contains("--add-exports=" + export + "=ALL-UNNAMED"), configuration + " lacks " + export);
            }
        }
    }

    private static boolean isControlsFx(String packageName) {
        return packageName.startsWith("org.controlsfx") || packageName.startsWith("impl.org.controlsfx");
    }
}
