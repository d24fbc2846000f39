package com.stakeline.cli;

import com.stakeline.view.StakelineApp;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Starts the desktop app with JavaFX as named modules, the only configuration JavaFX supports.
 *
 * <p>The packaged app and {@code mvn javafx:run} put JavaFX on the module path, so the app starts as it is. Under
 * {@code java -jar} the JVM puts every library on the class path, where JavaFX warns "Unsupported JavaFX
 * configuration" and its internals are open to all. There this class loads the JavaFX jars named in the jar's
 * manifest into a module layer of their own, and the app with its other libraries, none of which needs to be a module,
 * into a class loader above that layer. Anywhere else (tests, an IDE's class path) the app starts as it is.
 *
 * <p>The command line never comes here, so {@code validate} and the other commands load no JavaFX and pay nothing.
 */
final class DesktopLauncher {

    /**
     * The internal JavaFX packages the ControlsFX controls in use reach into, as {@code module/package}. ControlsFX
     * runs on the class path in every configuration, so each is exported to unnamed modules: by this class, by the
     * packaged app's Java options ({@code packaging/build.sh}) and by {@code javafx:run} (pom.xml).
     */
    static final List<String> CONTROLSFX_EXPORTS = List.of("javafx.base/com.sun.javafx.event");

    private static final String JAVAFX_JAR_PREFIX = "javafx-";

    private DesktopLauncher() {
    }

    /** Opens the app on {@code file}, or on the bundled dataset when it is null, and returns when it closes. */
    static void launch(Path file) throws Exception {
        Optional<Path> jar = ModuleLayer.boot().findModule("javafx.graphics").isPresent()
                ? Optional.empty() : runningJar();
        List<Path> classPath = jar.isPresent() ? manifestClassPath(jar.get()) : List.of();
        List<Path> javafxJars = classPath.stream().filter(DesktopLauncher::isJavaFx).toList();
        if (javafxJars.isEmpty()) {
            StakelineApp.launch(file);
            return;
        }
        List<Path> appClassPath = new ArrayList<>();
        appClassPath.add(jar.get());
        classPath.stream().filter(path -> !isJavaFx(path)).forEach(appClassPath::add);
        launchInLayer(javafxJars, appClassPath, file);
    }

    private static void launchInLayer(List<Path> javafxJars, List<Path> appClassPath, Path file) throws Exception {
        ClassLoader appLoader = appLoader(javafxJars, appClassPath);
        Thread.currentThread().setContextClassLoader(appLoader);
        try {
            Class.forName(StakelineApp.class.getName(), true, appLoader).getMethod("launch", Path.class)
                    .invoke(null, file);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * A class loader for the app and its libraries ({@code appClassPath}) that sees JavaFX ({@code javafxJars}) as
     * named modules in a layer of their own, with {@link #CONTROLSFX_EXPORTS} exported to it.
     */
    static ClassLoader appLoader(List<Path> javafxJars, List<Path> appClassPath) throws MalformedURLException {
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(ModuleFinder.of(javafxJars.toArray(Path[]::new)), ModuleFinder.of(), Set.of("javafx.controls"));
        // The platform loader as parent: the system loader would find the app's classes on the class path first, and
        // those cannot see a layer above them.
        ModuleLayer.Controller javafx = ModuleLayer.defineModulesWithOneLoader(configuration,
                List.of(ModuleLayer.boot()), ClassLoader.getPlatformClassLoader());
        URLClassLoader appLoader = new URLClassLoader("stakeline", urls(appClassPath),
                javafx.layer().findLoader("javafx.graphics"));
        for (String export : CONTROLSFX_EXPORTS) {
            String[] moduleAndPackage = export.split("/", 2);
            Module module = javafx.layer().findModule(moduleAndPackage[0]).orElseThrow();
            javafx.addExports(module, moduleAndPackage[1], appLoader.getUnnamedModule());
        }
        return appLoader;
    }

    /** The jar this class runs from, when it runs from one. */
    private static Optional<Path> runningJar() {
        CodeSource source = DesktopLauncher.class.getProtectionDomain().getCodeSource();
        try {
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            return location != null && Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The files the jar's manifest puts on the class path, as the JVM resolves them: beside the jar. */
    private static List<Path> manifestClassPath(Path jar) throws IOException {
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            Manifest manifest = jarFile.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null || classPath.isBlank()) {
                return List.of();
            }
            Path folder = jar.toAbsolutePath().getParent();
            return Arrays.stream(classPath.trim().split("\\s+"))
                    .map(folder::resolve).filter(Files::isRegularFile).toList();
        }
    }

    private static boolean isJavaFx(Path jar) {
        return jar.getFileName().toString().startsWith(JAVAFX_JAR_PREFIX);
    }

    private static URL[] urls(List<Path> paths) throws MalformedURLException {
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = paths.get(i).toUri().toURL();
        }
        return urls;
    }
}
