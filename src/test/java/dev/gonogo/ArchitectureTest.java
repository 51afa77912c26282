package dev.gonogo;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the pipeline's dependencies pointing one way: from cli down to model (see STYLE.md). */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gonogo");
    }

    @Test
    void layersDependDownwardsOnly() {
        Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("model").definedBy("dev.gonogo.model..")
                .layer("source").definedBy("dev.gonogo.source..")
                .layer("parse").definedBy("dev.gonogo.parse..")
                .layer("check").definedBy("dev.gonogo.check..")
                .layer("config").definedBy("dev.gonogo.config..")
                .layer("fix").definedBy("dev.gonogo.fix..")
                .layer("report").definedBy("dev.gonogo.report..")
                .layer("chart").definedBy("dev.gonogo.chart..")
                .layer("history").definedBy("dev.gonogo.history..")
                .layer("pipeline").definedBy("dev.gonogo.pipeline..")
                .layer("site").definedBy("dev.gonogo.site..")
                .layer("cli").definedBy("dev.gonogo.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("site").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "site")
                .whereLayer("chart").mayOnlyBeAccessedByLayers("site", "cli")
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("site", "cli")
                .whereLayer("history").mayOnlyBeAccessedByLayers("site", "cli", "pipeline")
                .whereLayer("config").mayOnlyBeAccessedByLayers("pipeline", "site", "cli")
                .whereLayer("fix").mayOnlyBeAccessedByLayers("cli", "pipeline")
                .whereLayer("check").mayOnlyBeAccessedByLayers("config", "fix", "report", "chart", "history",
                        "pipeline", "site", "cli")
                .whereLayer("parse").mayOnlyBeAccessedByLayers("check", "config", "fix", "history", "pipeline",
                        "site", "cli")
                .check(classes);
    }

    @Test
    void modelUsesTheJdkOnly() {
        noClasses().that().resideInAPackage("dev.gonogo.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.gonogo.model..", "java..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.gonogo.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noGlobalSideEffects() {
        noClasses().should().callMethod(java.util.Locale.class, "setDefault", java.util.Locale.class)
                .orShould().callMethod(System.class, "setProperty", String.class, String.class)
                .orShould().callMethod(System.class, "exit", int.class)
                .check(classes.that(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("Main"))));
    }
}
