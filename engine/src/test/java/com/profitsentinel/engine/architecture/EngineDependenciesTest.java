package com.profitsentinel.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is a pure domain: it may use the JDK and JSpecify and nothing else (DEVELOPERS.md, style §2.2). */
class EngineDependenciesTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.profitsentinel.engine");

    @Test
    void engineDependsOnlyOnTheJdkAndJSpecify() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify..", "com.profitsentinel.engine..")
                .because("the engine must run unchanged in the CLI, the server and Spark")
                .check(ENGINE);
    }

    @Test
    void engineDoesNotTouchFilesTheNetworkOrTheClock() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..", "java.util.random..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.time.Clock")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.File")
                .because("rules are pure: no I/O, no clock, no randomness")
                .check(ENGINE);
    }

    @Test
    void importedTheEngineClasses() {
        org.assertj.core.api.Assertions.assertThat(ENGINE.containPackage("com.profitsentinel.engine.record"))
                .isTrue();
    }
}
