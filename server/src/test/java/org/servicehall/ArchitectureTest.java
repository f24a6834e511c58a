package org.servicehall;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of DESIGN.md, checked against the server's classes. */
@AnalyzeClasses(packages = "org.servicehall",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    /** The server's own packages (the screens and the plugin API are on the class path too). */
    private static final String[] SERVER = {
        "org.servicehall.domain..", "org.servicehall.application..", "org.servicehall.infrastructure..",
        "org.servicehall.interfaces.."
    };

    @ArchTest
    static final ArchRule layers_are_used_only_from_above = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("org.servicehall.domain..")
            .layer("Application").definedBy("org.servicehall.application..")
            .layer("Infrastructure").definedBy("org.servicehall.infrastructure..")
            .layer("Interfaces").definedBy("org.servicehall.interfaces..")
            .whereLayer("Interfaces").mayNotBeAccessedByAnyLayer()
            .whereLayer("Infrastructure").mayNotBeAccessedByAnyLayer()
            // Infrastructure implements the application's ports (CaseFinder, EvidenceStore, ...).
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Infrastructure", "Interfaces");

    @ArchTest
    static final ArchRule domain_depends_on_neither_faces_nor_osgi = noClasses()
            .that().resideInAPackage("org.servicehall.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..", "jakarta.enterprise..",
                    "org.osgi..", "org.apache.felix..", "org.primefaces..", "org.eclipse.microprofile..",
                    "org.servicehall.plugin.api..", "org.servicehall.ui..");

    @ArchTest
    static final ArchRule application_services_know_neither_rest_nor_faces_nor_plugins = noClasses()
            .that().resideInAPackage("org.servicehall.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..", "org.osgi..", "org.apache.felix..",
                    "org.servicehall.plugin.api..", "org.servicehall.ui..");

    @ArchTest
    static final ArchRule only_the_plugin_host_sees_osgi_and_the_plugin_api = noClasses()
            .that().resideInAnyPackage(SERVER)
            .and().resideOutsideOfPackage("org.servicehall.infrastructure.pluginhost..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.osgi..", "org.apache.felix..", "org.servicehall.plugin.api..");

    @ArchTest
    static final ArchRule the_server_never_depends_on_a_plugin_implementation = noClasses()
            .that().resideInAnyPackage(SERVER)
            .should().dependOnClassesThat().resideInAPackage("org.servicehall.plugins..");

    @ArchTest
    static final ArchRule only_the_facade_implementations_see_the_screens = noClasses()
            .that().resideInAnyPackage(SERVER)
            .and().resideOutsideOfPackage("org.servicehall.interfaces.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.servicehall.ui..");
}
