package com.stakeline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Data flows one way: store → domain → viewmodel → view, with cli at the edge. */
@AnalyzeClasses(packages = "com.stakeline", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("com.stakeline.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..", "java.io..", "java.nio..",
                    "com.stakeline.store..", "com.stakeline.viewmodel..", "com.stakeline.view..", "com.stakeline.cli..");

    @ArchTest
    static final ArchRule storeDoesNotUseJavaFx = noClasses().that().resideInAPackage("com.stakeline.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses().that().resideInAPackage("com.stakeline.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..");

    @ArchTest
    static final ArchRule layersOnlyLookDownstream = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("com.stakeline.cli..")
            .layer("view").definedBy("com.stakeline.view..")
            .layer("viewmodel").definedBy("com.stakeline.viewmodel..")
            .layer("store").definedBy("com.stakeline.store..")
            .layer("domain").definedBy("com.stakeline.domain..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("view").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("viewmodel").mayOnlyBeAccessedByLayers("view", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("viewmodel", "view", "cli")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("store", "viewmodel", "view", "cli");
}
