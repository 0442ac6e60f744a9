package dev.daprshop.order;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of order-service (as in Eclipse Cargo Tracker): the domain knows no framework and no
 * other layer; the application (the saga included) owns the ports that infrastructure implements,
 * and knows neither infrastructure nor interfaces; no two layers depend on each other.
 */
@AnalyzeClasses(packages = "dev.daprshop.order", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "dev.daprshop.order.domain..";
    private static final String APPLICATION = "dev.daprshop.order.application..";
    private static final String INFRASTRUCTURE = "dev.daprshop.order.infrastructure..";
    private static final String INTERFACES = "dev.daprshop.order.interfaces..";

    @ArchTest
    static final ArchRule applicationUsesPortsNotAdapters = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE, INTERFACES)
            .because("the application owns the ports; infrastructure implements them");

    @ArchTest
    static final ArchRule domainKnowsNoFrameworkAndNoOtherLayer = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta..", "javax..", "io.dapr..", "io.opentelemetry..", "dev.daprshop.dapr..",
                    APPLICATION, INFRASTRUCTURE, INTERFACES)
            .because("orders and their rules are plain Java");

    @ArchTest
    static final ArchRule layersHaveNoCycles = slices().matching("dev.daprshop.order.(*)..").should().beFreeOfCycles();
}
