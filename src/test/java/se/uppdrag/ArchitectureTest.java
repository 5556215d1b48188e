package se.uppdrag;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

class ArchitectureTest {

    private static final JavaClasses KLASSER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.uppdrag");

    @Test
    void features_are_modules_that_use_each_other_only_through_their_public_api_and_without_cycles() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void every_feature_module_declares_the_modules_it_may_use() {
        var utanDeklaration = ApplicationModules.of(Application.class).stream()
                .map(modul -> modul.getBasePackage().getName())
                .filter(paket -> deklarerat(paket) == null)
                .toList();
        assertThat(utanDeklaration).as("modules whose package-info has no @ApplicationModule(allowedDependencies = ...)")
                .isEmpty();
    }

    @Test
    void demo_and_start_are_used_by_nobody() {
        for (var modul : new String[] {"demo", "start"}) {
            noClasses().that().resideOutsideOfPackage("se.uppdrag." + modul + "..")
                    .should().dependOnClassesThat().resideInAPackage("se.uppdrag." + modul + "..")
                    .because(modul + " is an entry point that only starts things")
                    .check(KLASSER);
        }
    }

    @Test
    void the_directory_the_diarium_and_documents_use_no_other_feature_module() {
        for (var modul : new String[] {"personer", "diarium", "dokument"}) {
            noClasses().that().resideInAPackage("se.uppdrag." + modul + "..")
                    .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("se.uppdrag..")
                            .and(JavaClass.Predicates.resideOutsideOfPackages("se.uppdrag." + modul + "..", "se.uppdrag.text..",
                                    "se.uppdrag.drift..")))
                    .because(modul + " is a base that the features build on; only the shared texts and operation's own"
                            + " means (drift, which uses no feature) are below it")
                    .check(KLASSER);
        }
    }

    @Test
    void there_are_no_cycles_between_feature_packages() {
        slices().matching("se.uppdrag.(*)..").should().beFreeOfCycles().check(KLASSER);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .areAssignableTo(Repository.class).check(KLASSER);
    }

    @Test
    void views_never_touch_the_process_engine() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .resideInAPackage("org.flowable..").check(KLASSER);
    }

    @Test
    void repositories_are_used_only_by_transactional_classes() {
        classes().that().areAssignableTo(Repository.class).should().onlyBeAccessed().byClassesThat()
                .areAnnotatedWith(Transactional.class).check(KLASSER);
    }

    @Test
    void every_application_service_is_transactional() {
        classes().that().areAnnotatedWith(Service.class).should().beAnnotatedWith(Transactional.class).check(KLASSER);
    }

    @Test
    void every_application_service_is_secured_except_the_login_lookup() {
        classes().that().areAnnotatedWith(Service.class).and().doNotImplement(
                        org.springframework.security.core.userdetails.UserDetailsService.class)
                .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class).check(KLASSER);
    }

    @Test
    void in_the_uppdrag_feature_only_its_process_door_uses_the_engine() {
        noClasses().that().resideInAPackage("se.uppdrag.uppdrag..").and().resideOutsideOfPackage("se.uppdrag.uppdrag.process..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..").check(KLASSER);
    }

    @Test
    void only_the_uppdrag_itself_changes_its_status() {
        noClasses().that().doNotHaveFullyQualifiedName(se.uppdrag.uppdrag.internal.UppdragEntity.class.getName())
                .should().setField(se.uppdrag.uppdrag.internal.UppdragEntity.class, "status")
                .orShould().setField(se.uppdrag.uppdrag.internal.UppdragEntity.class, "statusForePaus").check(KLASSER);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods().that()
                .areDeclaredIn(se.uppdrag.uppdrag.internal.UppdragEntity.class).and().arePublic()
                .should().haveRawParameterTypes(se.uppdrag.uppdrag.UppdragStatus.class).check(KLASSER);
    }

    @Test
    void the_process_model_calls_delegates_and_no_step_writes_a_status_by_expression() throws java.io.IOException {
        var modell = java.nio.file.Files.readString(java.nio.file.Path.of("processes/uppdragshandling.bpmn20.xml"));
        org.assertj.core.api.Assertions.assertThat(modell).doesNotContain("livscykel.status(", "livscykel.registrera(")
                .contains("delegateExpression=\"${utkastetTillAgaren}\"", "delegateExpression=\"${registreringen}\"",
                        "delegateExpression=\"${genomforandetBorjar}\"");
    }

    @Test
    void views_never_use_the_systems_own_unsecured_doors() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .belongToAnyOf(se.uppdrag.personer.Personkatalog.class, se.uppdrag.personer.Personinskrivning.class,
                        se.uppdrag.plan.Plankatalog.class,
                        se.uppdrag.security.Systemkonton.class, se.uppdrag.security.SystemInloggning.class)
                .check(KLASSER);
    }

    @Test
    void no_code_but_the_demo_data_borrows_an_administrators_identity() {
        noClasses().that().resideOutsideOfPackage("se.uppdrag.demo..")
                .should().callMethod(se.uppdrag.security.SystemInloggning.class, "somDemoadministrator",
                        java.util.function.Supplier.class)
                .check(KLASSER);
    }

    @Test
    void business_code_reads_the_time_from_the_injected_clock() {
        noClasses().that().resideOutsideOfPackage("se.uppdrag")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .check(KLASSER);
    }

    @Test
    void only_configuration_names_a_time_zone() {
        // the zone is uppdrag.tidszon, read where the Clock is made; everyone else asks the clock (clock.getZone()).
        noClasses().that().doNotBelongToAnyOf(Application.class)
                .should().callMethod(java.time.ZoneId.class, "of", String.class)
                .orShould().callMethod(java.time.ZoneId.class, "of", String.class, java.util.Map.class)
                .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
                .orShould().callMethod(java.util.TimeZone.class, "getDefault")
                .orShould().callMethod(java.util.TimeZone.class, "getTimeZone", String.class)
                .check(KLASSER);
    }

    @Test
    void scheduled_jobs_run_in_the_configured_time_zone() {
        var jobb = KLASSER.stream().flatMap(klass -> klass.getMethods().stream())
                .filter(metod -> metod.isAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class))
                .map(metod -> metod.getAnnotationOfType(org.springframework.scheduling.annotation.Scheduled.class))
                .filter(schema -> !schema.cron().isEmpty()).toList();
        org.assertj.core.api.Assertions.assertThat(jobb).isNotEmpty()
                .allSatisfy(schema -> org.assertj.core.api.Assertions.assertThat(schema.zone()).isEqualTo("${uppdrag.tidszon}"));
    }

    /** The module's {@code allowedDependencies}, or null when its package-info does not declare them. */
    private static String @org.jspecify.annotations.Nullable [] deklarerat(String paket) {
        try {
            var modul = Class.forName(paket + ".package-info").getAnnotation(ApplicationModule.class);
            return modul == null || java.util.Arrays.asList(modul.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN)
                    ? null : modul.allowedDependencies();
        } catch (ClassNotFoundException ingenPackageInfo) {
            return null;
        }
    }
}
