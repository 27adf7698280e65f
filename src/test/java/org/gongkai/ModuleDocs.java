package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

/**
 * The generated parts of docs/architecture.md and docs/modules.puml, from the Spring Modulith model: one table
 * row per module (what it owns from the first paragraph of its {@code package-info.java} Javadoc, its named
 * interfaces, the modules it uses and the ones it declares as allowed), in a stable order.
 */
final class ModuleDocs {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_.]+)`", Pattern.MULTILINE);
    private static final Pattern TAG = Pattern.compile("\\{@(?:link|code|linkplain) ([^}]*)}");

    private ModuleDocs() {}

    static String table(ApplicationModules modules, Path sources) {
        StringBuilder out = new StringBuilder();
        out.append("| module | owns and publishes (from its `package-info.java`) | named interfaces | uses | allowed |\n");
        out.append("|---|---|---|---|---|\n");
        modules.stream().sorted((a, b) -> a.getIdentifier().toString().compareTo(b.getIdentifier().toString()))
                .forEach(m -> out.append("| `").append(m.getIdentifier()).append("` | ")
                        .append(description(m, sources)).append(" | ")
                        .append(namedInterfaces(m)).append(" | ")
                        .append(uses(m, modules)).append(" | ")
                        .append(allowed(m, sources)).append(" |\n"));
        return out.toString();
    }

    static String replaceTable(String doc, String start, String end, String table) {
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("docs/architecture.md lacks the markers " + start + " … " + end);
        }
        return doc.substring(0, from + start.length()) + "\n" + table + doc.substring(to);
    }

    static List<String> rowNames(String doc, String start, String end) {
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        if (from < 0 || to < from) {
            return List.of();
        }
        Matcher m = ROW.matcher(doc.substring(from, to));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Sorts each run of component declarations and relations, which Modulith writes in hash order. */
    static String stableOrder(String puml) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : puml.split("\n", -1)) {
            String kind = line.trim().startsWith("Component(") ? "component" : line.startsWith("Rel(") ? "rel" : null;
            if (kind == null || !kind.equals(runKind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
            }
            runKind = kind;
            if (kind == null) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        out.addAll(run);
        return String.join("\n", out);
    }

    private static String description(ApplicationModule module, Path sources) {
        String javadoc = packageInfo(module, sources);
        int open = javadoc.indexOf("/**");
        int close = javadoc.indexOf("*/", open + 3);
        if (open < 0 || close < 0) {
            return "—";
        }
        String paragraph = javadoc.substring(open + 3, close).lines()
                .map(l -> l.replaceFirst("^\\s*\\*\\s?", ""))
                .dropWhile(String::isBlank)
                .takeWhile(l -> !l.isBlank() && !l.startsWith("<p>") && !l.startsWith("@"))
                .collect(Collectors.joining(" ")).trim();
        Matcher tags = TAG.matcher(paragraph);
        StringBuilder text = new StringBuilder();
        while (tags.find()) {
            String target = tags.group(1).trim();
            target = target.substring(target.lastIndexOf('.') + 1);
            tags.appendReplacement(text, Matcher.quoteReplacement("`" + target + "`"));
        }
        tags.appendTail(text);
        return text.toString().replace("|", "\\|");
    }

    private static String namedInterfaces(ApplicationModule module) {
        String names = StreamSupport.stream(module.getNamedInterfaces().spliterator(), false)
                .filter(NamedInterface::isNamed).map(NamedInterface::getName).sorted().distinct()
                .map(n -> "`" + n + "`").collect(Collectors.joining(", "));
        return names.isEmpty() ? "—" : names;
    }

    private static String uses(ApplicationModule module, ApplicationModules modules) {
        String names = module.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString())
                .sorted().distinct().collect(Collectors.joining(", "));
        return names.isEmpty() ? "—" : names;
    }

    private static String allowed(ApplicationModule module, Path sources) {
        Matcher m = Pattern.compile("allowedDependencies\\s*=\\s*\\{([^}]*)}").matcher(packageInfo(module, sources));
        if (!m.find()) {
            return "any (not declared)";
        }
        String names = m.group(1).replace("\"", "").replaceAll("\\s+", " ").trim();
        return names.isEmpty() ? "none" : names;
    }

    private static String packageInfo(ApplicationModule module, Path sources) {
        Path file = sources.resolve(module.getBasePackage().getName().replace('.', '/')).resolve("package-info.java");
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
