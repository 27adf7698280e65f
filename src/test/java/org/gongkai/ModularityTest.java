package org.gongkai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Service;

/**
 * The module map is a test: Spring Modulith verifies that modules only use each other's published types
 * and form no cycle; ArchUnit holds the rules of STYLE.md. The module diagram for docs/architecture.md
 * is written from the same model.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(GongkaiApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramForTheArchitectureDoc() throws IOException {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Path generated = Path.of("target/spring-modulith-docs/components.puml");
        Path docs = Path.of("docs/modules.puml");
        if (Files.exists(generated) && Files.isDirectory(docs.getParent())) {
            Files.copy(generated, docs, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void entitiesRepositoriesAndServicesDoNotDependOnServletTypes() {
        ArchRule rule = noClasses()
                .that().areAnnotatedWith(Table.class)
                .or().areAssignableTo(Repository.class)
                .or().areAnnotatedWith(Service.class)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..")
                .because("the domain and its services are free of web types (STYLE.md)");
        rule.check(CLASSES);
    }

    @Test
    void nobodyReadsTheSystemClockDirectly() {
        ArchRule rule = noClasses()
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time is a dependency: inject the one java.time.Clock bean");
        rule.check(CLASSES);
    }

    @Test
    void noBareRuntimeExceptions() {
        ArchRule rule = noClasses()
                .that().areNotAssignableTo(org.gongkai.common.GongkaiException.class)
                .should().callConstructor(RuntimeException.class)
                .orShould().callConstructor(RuntimeException.class, String.class)
                .orShould().callConstructor(RuntimeException.class, String.class, Throwable.class)
                .because("refusals carry a stable ErrorCode (GongkaiException), as X-Road enforces");
        rule.check(CLASSES);
    }
}
