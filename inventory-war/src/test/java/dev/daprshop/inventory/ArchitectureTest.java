package dev.daprshop.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of inventory-service (ports and adapters): the domain knows no framework and no other
 * layer; the application owns the ports and knows only the domain; infrastructure implements the
 * ports; interfaces (REST resources) are entry points nothing else calls. Dependencies point inward.
 */
@AnalyzeClasses(packages = "dev.daprshop.inventory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "dev.daprshop.inventory.domain..";
    private static final String APPLICATION = "dev.daprshop.inventory.application..";
    private static final String INFRASTRUCTURE = "dev.daprshop.inventory.infrastructure..";
    private static final String INTERFACES = "dev.daprshop.inventory.interfaces..";

    @ArchTest
    static final ArchRule applicationDependsOnNoAdapter = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE, INTERFACES)
            .because("the application owns ports that infrastructure implements, and is called by interfaces");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.dapr..", "io.opentelemetry..", "reactor..",
                    "dev.daprshop.dapr..", APPLICATION, INFRASTRUCTURE, INTERFACES)
            .because("the domain's rules hold whatever runs them");

    @ArchTest
    static final ArchRule nothingCallsTheInterfaces = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION, INFRASTRUCTURE)
            .should().dependOnClassesThat().resideInAPackage(INTERFACES)
            .because("the REST resources are entry points");

    @ArchTest
    static final ArchRule noCycleBetweenLayers = slices().matching("dev.daprshop.inventory.(*)..").should().beFreeOfCycles();
}
