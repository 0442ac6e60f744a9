package dev.daprshop.dapr;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The building blocks of dapr-jakarta depend on each other in one direction only: e.g. the sidecar's
 * channel carries trace context ({@code propagation}) but knows nothing of the spans around calls
 * ({@code tracing}), which name the sidecar's app id.
 */
@AnalyzeClasses(packages = "dev.daprshop.dapr", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("dev.daprshop.dapr.(*)..").should().beFreeOfCycles();
}
