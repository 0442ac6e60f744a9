package dev.daprshop.payment;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.daprshop.dapr.input.Ids;

/**
 * The layers of payment-service (as in Eclipse Cargo Tracker): the domain is plain Java; the
 * application owns the ports that infrastructure implements; interfaces call the application. CDI
 * wires adapters to ports, so nothing depends on infrastructure or interfaces.
 */
@AnalyzeClasses(packages = "dev.daprshop.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "dev.daprshop.payment.domain..";
    private static final String APPLICATION = "dev.daprshop.payment.application..";
    private static final String INFRASTRUCTURE = "dev.daprshop.payment.infrastructure..";
    private static final String INTERFACES = "dev.daprshop.payment.interfaces..";

    @ArchTest
    static final ArchRule applicationUsesPortsNotAdapters = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE, INTERFACES);

    /** Dapr and OpenTelemetry are reached through the ports, or through the shared module's helpers. */
    @ArchTest
    static final ArchRule applicationTalksToNoSdk = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage("io.dapr..", "io.opentelemetry..");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.dapr..", "io.opentelemetry..",
                    APPLICATION, INFRASTRUCTURE, INTERFACES);

    /** Receipt checks customer ids with the same pattern order-service enforces; nothing else comes from the shared module. */
    @ArchTest
    static final ArchRule domainTakesOnlyTheIdRuleFromTheSharedModule = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat(resideInAPackage("dev.daprshop.dapr..").and(not(equivalentTo(Ids.class))));

    @ArchTest
    static final ArchRule dependenciesPointInward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy(DOMAIN)
            .layer("application").definedBy(APPLICATION)
            .layer("infrastructure").definedBy(INFRASTRUCTURE)
            .layer("interfaces").definedBy(INTERFACES)
            .whereLayer("interfaces").mayNotBeAccessedByAnyLayer()
            .whereLayer("infrastructure").mayNotBeAccessedByAnyLayer()
            .whereLayer("application").mayOnlyBeAccessedByLayers("interfaces", "infrastructure");

    @ArchTest
    static final ArchRule noCyclesBetweenTheLayers = slices().matching("dev.daprshop.payment.(*)..").should().beFreeOfCycles();
}
