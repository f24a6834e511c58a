package org.servicehall.plugin.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What a plugin author builds against stays small and pure: Java, OSGi annotations, nothing else. */
@AnalyzeClasses(packages = "org.servicehall.plugin.api", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginApiPurityTest {

    @ArchTest
    static final ArchRule the_plugin_api_depends_only_on_java_and_osgi_annotations = classes()
            .that().resideInAPackage("org.servicehall.plugin.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "org.osgi.annotation..", "org.servicehall.plugin.api..");
}
