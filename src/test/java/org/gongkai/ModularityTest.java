package org.gongkai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
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

    static final Path ARCHITECTURE_DOC = Path.of("docs/architecture.md");
    static final String TABLE_START = "<!-- module-table:start (generated: ./mvnw test -Dtest=ModularityTest -Dgongkai.docs=true) -->";
    static final String TABLE_END = "<!-- module-table:end -->";

    /**
     * Generated docs are written only when asked ({@code ./mvnw test -Dtest=ModularityTest -Dgongkai.docs=true}),
     * in a stable order: the module diagram {@code docs/modules.puml} and the module table of
     * {@code docs/architecture.md}.
     */
    @Test
    @EnabledIfSystemProperty(named = "gongkai.docs", matches = "true")
    void writesTheModuleDiagramAndTableForTheArchitectureDoc() throws IOException {
        new Documenter(MODULES).writeModulesAsPlantUml();
        Path generated = Path.of("target/spring-modulith-docs/components.puml");
        Path docs = Path.of("docs/modules.puml");
        if (Files.exists(generated) && Files.isDirectory(docs.getParent())) {
            Files.writeString(docs, ModuleDocs.stableOrder(Files.readString(generated)));
        }
        String doc = Files.readString(ARCHITECTURE_DOC);
        Files.writeString(ARCHITECTURE_DOC, ModuleDocs.replaceTable(doc, TABLE_START, TABLE_END,
                ModuleDocs.table(MODULES, MAIN_SOURCES)));
    }

    /**
     * The module table is regenerated in docs mode, not compared here (that would fail every branch that adds a
     * module); a normal run only checks that every module has a row, naming the missing ones.
     */
    @Test
    void everyModuleHasARowInTheArchitectureDocsModuleTable() throws IOException {
        List<String> rows = ModuleDocs.rowNames(Files.readString(ARCHITECTURE_DOC), TABLE_START, TABLE_END);
        List<String> missing = MODULES.stream().map(m -> m.getIdentifier().toString())
                .filter(name -> !rows.contains(name)).sorted().toList();
        assertThat(missing)
                .as("modules without a row in the module table of docs/architecture.md: run "
                        + "./mvnw test -Dtest=ModularityTest -Dgongkai.docs=true and commit the table")
                .isEmpty();
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

    /** Longest a production source file may be (issue #9: one responsibility per class). */
    static final int MAX_LINES = 400;

    /**
     * Production classes over {@link #MAX_LINES} lines today, each waiting to be split by responsibility.
     * Shrink only: whoever splits one of these classes removes its line here (the test below fails while a
     * listed class is back under the limit or gone); nobody adds a line.
     */
    static final Set<String> OVER_LINE_LIMIT_ALLOWLIST = Set.of();

    static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void noProductionClassIsLongerThanTheLimit() {
        ArchRule rule = classes()
                .that().areTopLevelClasses()
                .and().resideInAPackage("org.gongkai..")
                .should(haveAtMostLines(MAX_LINES))
                .because("a class over " + MAX_LINES + " lines does more than one thing: split it by responsibility "
                        + "(issue #9); OVER_LINE_LIMIT_ALLOWLIST only lists the classes that predate the rule");
        rule.check(CLASSES);
    }

    @Test
    void theLineLimitAllowlistOnlyHoldsClassesStillOverTheLimit() {
        List<String> stale = new ArrayList<>();
        for (String name : new TreeSet<>(OVER_LINE_LIMIT_ALLOWLIST)) {
            Path source = MAIN_SOURCES.resolve(name.replace('.', '/') + ".java");
            if (!Files.exists(source)) {
                stale.add(name + " (no longer exists)");
            } else if (lines(source) <= MAX_LINES) {
                stale.add(name + " (now " + lines(source) + " lines)");
            }
        }
        assertThat(stale)
                .as("remove these entries from ModularityTest.OVER_LINE_LIMIT_ALLOWLIST: they are within the limit now")
                .isEmpty();
    }

    static ArchCondition<JavaClass> haveAtMostLines(int max) {
        return new ArchCondition<>("have at most " + max + " source lines") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (OVER_LINE_LIMIT_ALLOWLIST.contains(javaClass.getName())) {
                    return;
                }
                Path source = sourceOf(javaClass);
                if (source == null || !Files.exists(source)) {
                    return; // generated, or not compiled from src/main/java
                }
                long lines = lines(source);
                if (lines > max) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            javaClass.getName() + " has " + lines + " lines (" + source + "), more than " + max));
                }
            }
        };
    }

    static Path sourceOf(JavaClass javaClass) {
        String file = javaClass.getSourceCodeLocation().getSourceFileName();
        if (file == null || file.isEmpty()) {
            return null;
        }
        return MAIN_SOURCES.resolve(javaClass.getPackageName().replace('.', '/')).resolve(file);
    }

    static long lines(Path source) {
        try (var lines = Files.lines(source)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
