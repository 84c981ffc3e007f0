package org.ganstudio.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The app reaches the engine only through its api package, and never DJL. */
class ArchitectureTest {

    private final JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ganstudio.app");

    @Test
    void appDoesNotUseDjl() {
        noClasses().should().dependOnClassesThat().resideInAPackage("ai.djl..").check(app);
    }

    @Test
    void appUsesOnlyTheEngineApi() {
        noClasses().should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.ganstudio.engine..")
                .and(JavaClass.Predicates.resideOutsideOfPackage("org.ganstudio.engine.api..")))
                .check(app);
    }
}
