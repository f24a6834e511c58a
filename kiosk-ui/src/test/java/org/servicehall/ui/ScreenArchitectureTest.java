package org.servicehall.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The screens see the system only through their facade. */
@AnalyzeClasses(packages = "org.servicehall.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ScreenArchitectureTest {

    @ArchTest
    static final ArchRule view_beans_use_only_the_facade_faces_and_primefaces = classes()
            .that().resideInAnyPackage("org.servicehall.ui.kiosk..", "org.servicehall.ui.site..", "org.servicehall.ui.citizen..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "jakarta..", "org.primefaces..", "org.servicehall.ui..");

    @ArchTest
    static final ArchRule the_public_site_does_not_depend_on_the_kiosk = noClasses()
            .that().resideInAPackage("org.servicehall.ui.site..")
            .should().dependOnClassesThat().resideInAPackage("org.servicehall.ui.kiosk..");

    @ArchTest
    static final ArchRule what_kiosk_and_site_share_depends_on_neither = noClasses()
            .that().resideInAPackage("org.servicehall.ui.citizen..")
            .should().dependOnClassesThat().resideInAnyPackage("org.servicehall.ui.kiosk..", "org.servicehall.ui.site..");

    @ArchTest
    static final ArchRule the_facade_is_plain_java = classes()
            .that().resideInAPackage("org.servicehall.ui.facade..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.servicehall.ui.facade..");

    @ArchTest
    static final ArchRule the_screens_never_reach_into_the_server = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.servicehall.domain..", "org.servicehall.application..", "org.servicehall.infrastructure..",
                    "org.servicehall.interfaces..", "org.servicehall.plugin..");
}
