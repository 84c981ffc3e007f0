package org.ganstudio.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine never touches JavaFX, and its api never shows DJL types to callers. */
class ArchitectureTest {

    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ganstudio.engine");
    }

    @Test
    void engineDoesNotUseJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(engine);
    }

    @Test
    void apiMethodsNeitherTakeNorReturnDjlTypes() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("org.ganstudio.engine.api").and().arePublic()
                .should(new ArchCondition<JavaMethod>("not take or return ai.djl types") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean leaks = method.getRawReturnType().getPackageName().startsWith("ai.djl")
                                || method.getRawParameterTypes().stream().anyMatch(t -> t.getPackageName().startsWith("ai.djl"));
                        if (leaks) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes a DJL type"));
                        }
                    }
                })
                .check(engine);
    }

    /**
     * DJL frees the 0-dim array it makes of a number right after the operation, and PyTorch reads it again in the
     * backward pass of these five: only {@code nn.Scalars} passes them numbers (see there).
     */
    @Test
    void numbersReachMulDivPowMaximumAndMinimumOnlyThroughScalars() {
        for (String name : new String[] {"mul", "div", "pow", "maximum", "minimum"}) {
            noClasses().that().doNotHaveSimpleName("Scalars")
                    .should().callMethod(ai.djl.ndarray.NDArray.class, name, Number.class)
                    .because("a number passed to NDArray." + name + " is freed before the backward pass reads it")
                    .check(engine);
        }
    }

    @Test
    void onlyTheAutogradBridgeUsesPyTorchInternals() {
        noClasses().that().doNotHaveSimpleName("PtAutograd")
                .should().dependOnClassesThat().resideInAPackage("ai.djl.pytorch..").check(engine);
    }

    @Test
    void apiRecordsDoNotDependOnTrainingInternals() {
        noClasses().that().resideInAPackage("org.ganstudio.engine.api")
                .should().dependOnClassesThat().resideInAnyPackage("org.ganstudio.engine.train..", "org.ganstudio.engine.dcgan..",
                        "org.ganstudio.engine.core..", "ai.djl..")
                .check(engine);
    }

    /** The extension point: the loop, the engine and the api name no family; families are found by ServiceLoader. */
    @Test
    void theEngineCoreNamesNoFamily() {
        noClasses().that().resideInAnyPackage("org.ganstudio.engine.api..", "org.ganstudio.engine.core..",
                        "org.ganstudio.engine.train..", "org.ganstudio.engine.checkpoint..")
                .should().dependOnClassesThat().resideInAnyPackage(FAMILY_PACKAGES)
                .check(engine);
    }

    /** Adding a family changes no other family's files: no family package uses another. */
    @Test
    void familiesDoNotUseEachOther() {
        for (String family : FAMILY_PACKAGES) {
            String[] others = java.util.Arrays.stream(FAMILY_PACKAGES).filter(p -> !p.equals(family)).toArray(String[]::new);
            noClasses().that().resideInAPackage(family).should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(engine);
        }
    }

    private static final String[] FAMILY_PACKAGES = {"org.ganstudio.engine.dcgan..", "org.ganstudio.engine.pix2pix..",
        "org.ganstudio.engine.singan..", "org.ganstudio.engine.cyclegan..", "org.ganstudio.engine.dtn..",
        "org.ganstudio.engine.style.."};
}
