package org.activationexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture: checked on the compiled main classes. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.activationexplorer");

    @Test
    void onlyTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.activationexplorer.ui..")
                .and().doNotHaveFullyQualifiedName("org.activationexplorer.Main")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(MAIN);
    }

    @Test
    void activationsDoNotDependOnLayers() {
        noClasses().that().resideInAPackage("org.activationexplorer.activation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.activationexplorer.nn..",
                        "org.activationexplorer.train..", "org.activationexplorer.optim..")
                .check(MAIN);
    }

    @Test
    void theEngineKnowsNothingOfTheFrontEnds() {
        noClasses().that().resideInAnyPackage("org.activationexplorer.nn..", "org.activationexplorer.optim..",
                        "org.activationexplorer.linalg..", "org.activationexplorer.data..", "org.activationexplorer.train..",
                        "org.activationexplorer.fit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.activationexplorer.ui..",
                        "org.activationexplorer.cli..")
                .check(MAIN);
    }

    @Test
    void uiAndCliNeverDependOnEachOther() {
        noClasses().that().resideInAPackage("org.activationexplorer.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.activationexplorer.cli..").check(MAIN);
        noClasses().that().resideInAPackage("org.activationexplorer.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.activationexplorer.ui..").check(MAIN);
    }
}
