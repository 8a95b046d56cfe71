package dev.csmock.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The folder tree is the architecture (STYLE.md): dependencies run one way. The HTTP layer uses
 * the API model, never the reverse; the fault engine and the stores know nothing of HTTP, the
 * admin API or how errors are rendered; no two packages depend on each other.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.csmock");

    @Test
    void noPackageCycles() {
        slices().matching("dev.csmock.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theEngineAndTheStoresKnowNothingOfHttpAdminOrRendering() {
        noClasses().that().resideInAnyPackage("dev.csmock.faults..", "dev.csmock.settings..", "dev.csmock.journal..",
                        "dev.csmock.accounts..", "dev.csmock.errors..", "dev.csmock.forms..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.csmock.http..", "dev.csmock.admin..",
                        "dev.csmock.api..", "dev.csmock.state..", "dev.csmock.pact..", "io.vertx..", "jakarta.ws.rs..",
                        "org.jboss.resteasy..")
                .check(MAIN);
    }

    @Test
    void theApiModelDoesNotKnowTheHttpLayerOrTheAdminApi() {
        noClasses().that().resideInAPackage("dev.csmock.api..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.csmock.http..", "dev.csmock.admin..", "io.vertx..")
                .check(MAIN);
    }

    @Test
    void onlyTheHttpLayerTouchesSockets() {
        noClasses().that().resideOutsideOfPackages("dev.csmock.http..")
                .should().dependOnClassesThat().resideInAnyPackage("io.netty.channel..", "io.vertx.core.net..")
                .check(MAIN);
    }
}
