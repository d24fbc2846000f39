package com.stakeline.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Data flows one way: store → domain → chart → export → viewmodel → view, with cli at the edge. Charts draw through a
 * Painter, so the screen and every export share one drawing routine and none of it needs a toolkit.
 */
@AnalyzeClasses(packages = "com.stakeline", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("com.stakeline.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "com.fasterxml..", "java.io..", "java.nio..",
                    "com.stakeline.store..", "com.stakeline.chart..", "com.stakeline.viewmodel..", "com.stakeline.view..",
                    "com.stakeline.cli..");

    @ArchTest
    static final ArchRule chartsNeedNoToolkitAndNoFiles = noClasses().that().resideInAPackage("com.stakeline.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "javax.swing..", "java.nio.file..",
                    "com.stakeline.store..");

    @ArchTest
    static final ArchRule onlyTheTextPackageMeasuresWithAwtFonts = noClasses().that()
            .resideInAPackage("com.stakeline.chart..").and().resideOutsideOfPackage("com.stakeline.chart.text..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..");

    /** Text is measured with AWT's font metrics, which need no display; nothing else of AWT is drawn on. */
    @ArchTest
    static final ArchRule theTextPackageUsesOnlyAwtFonts = noClasses().that().resideInAPackage("com.stakeline.chart.text..")
            .should().dependOnClassesThat(resideInAnyPackage("java.awt..")
                    .and(not(resideInAnyPackage("java.awt.font..")))
                    .and(not(belongToAnyOf(java.awt.Font.class, java.awt.FontFormatException.class))));

    /** Exports run on a server with no display: the command line and the export backends load no JavaFX. */
    @ArchTest
    static final ArchRule exportAndCommandLineNeedNoToolkit = noClasses().that()
            .resideInAnyPackage("com.stakeline.export..", "com.stakeline.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule storeUsesNoToolkit = noClasses().that().resideInAPackage("com.stakeline.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses().that().resideInAPackage("com.stakeline.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..");

    @ArchTest
    static final ArchRule layersOnlyLookDownstream = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("com.stakeline.cli..")
            .layer("view").definedBy("com.stakeline.view..")
            .layer("viewmodel").definedBy("com.stakeline.viewmodel..")
            .layer("export").definedBy("com.stakeline.export..")
            .layer("chart").definedBy("com.stakeline.chart..")
            .layer("store").definedBy("com.stakeline.store..")
            .layer("domain").definedBy("com.stakeline.domain..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("view").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("viewmodel").mayOnlyBeAccessedByLayers("view", "cli")
            // The export dialog's view-model runs the export backends on the task executor, as it runs domain queries;
            // the backends need no toolkit, so the command line shares them.
            .whereLayer("export").mayOnlyBeAccessedByLayers("viewmodel", "view", "cli")
            .whereLayer("chart").mayOnlyBeAccessedByLayers("viewmodel", "view", "export", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("viewmodel", "view", "export", "cli")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("store", "chart", "viewmodel", "view", "export", "cli");
}
