package dev.netmove.glossary;

import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import io.cucumber.datatable.DataTable;
import io.cucumber.docstring.DocString;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every phrase of a step library, read by reflection from the step definitions themselves (their
 * {@code @Given}, {@code @When} and {@code @Then} annotations and their parameter types), so that the glossary
 * users read never drifts from what Cucumber matches.
 *
 * @param phrases        the phrases, Given first, then When, then Then; alphabetical within each
 * @param parameterTypes the custom parameter types the library defines, by name
 */
public record StepGlossary(List<Phrase> phrases, List<CustomType> parameterTypes) {

    /** The package of netmove's own step definitions. */
    public static final String NETMOVE_STEPS = "dev.netmove.steps";

    private static final List<String> KEYWORDS = List.of("Given", "When", "Then");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]*)}");

    public StepGlossary {
        phrases = phrases.stream().sorted(Comparator.comparingInt((Phrase p) -> KEYWORDS.indexOf(p.keyword()))
                .thenComparing(Phrase::expression)).toList();
        parameterTypes = parameterTypes.stream().sorted(Comparator.comparing(CustomType::name)).toList();
        checkExamples(phrases, parameterTypes);
    }

    /** A glossary never shows an example that its phrase would not match: Cucumber's own matcher checks each. */
    private static void checkExamples(List<Phrase> phrases, List<CustomType> types) {
        ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
        for (CustomType type : types) {
            registry.defineParameterType(new io.cucumber.cucumberexpressions.ParameterType<>(type.name(),
                    type.regex(), String.class, (String text) -> text));
        }
        ExpressionFactory expressions = new ExpressionFactory(registry);
        for (Phrase phrase : phrases) {
            String line = phrase.example().substring(phrase.keyword().length() + 1);
            if (expressions.createExpression(phrase.expression()).match(line) == null) {
                throw new IllegalStateException("the glossary's example \"" + phrase.example() + "\" does not match "
                        + "its phrase \"" + phrase.expression() + "\"; fix " + PhraseExamples.class.getName());
            }
        }
    }

    /**
     * One phrase.
     *
     * @param keyword        {@code Given}, {@code When} or {@code Then}
     * @param expression     the Cucumber Expression, as written in the annotation
     * @param parameterTypes the parameter types it takes, in order, e.g. {@code string}, {@code duration}
     * @param argument       what follows the step line: {@code doc string}, {@code table} or empty
     * @param definedIn      the simple name of the class that defines it
     */
    public record Phrase(String keyword, String expression, List<String> parameterTypes, String argument,
                         String definedIn) {
        public Phrase {
            Objects.requireNonNull(keyword, "keyword");
            Objects.requireNonNull(expression, "expression");
            parameterTypes = List.copyOf(parameterTypes);
            Objects.requireNonNull(argument, "argument");
            Objects.requireNonNull(definedIn, "definedIn");
        }

        /** A step line that matches the phrase, written as a user would: {@code Given link "agg1-core1" is down}. */
        public String example() {
            return keyword + " " + PhraseExamples.fill(expression);
        }
    }

    /**
     * A parameter type a step library defines with {@code @ParameterType}.
     *
     * @param name     as written between braces, e.g. {@code duration}
     * @param regex    what it matches
     * @param javaType the simple name of the value it gives the step
     */
    public record CustomType(String name, String regex, String javaType) {
    }

    /** netmove's own step library. */
    public static StepGlossary netmove() {
        return of(PackageClasses.in(NETMOVE_STEPS, StepGlossary.class.getClassLoader()));
    }

    /** The glossary of the step definitions in {@code classes}. */
    public static StepGlossary of(List<Class<?>> classes) {
        List<Phrase> phrases = new ArrayList<>();
        List<CustomType> types = new ArrayList<>();
        for (Class<?> type : classes) {
            for (Method method : type.getDeclaredMethods()) {
                Given given = method.getAnnotation(Given.class);
                When when = method.getAnnotation(When.class);
                Then then = method.getAnnotation(Then.class);
                if (given != null) {
                    phrases.add(phrase("Given", given.value(), method));
                }
                if (when != null) {
                    phrases.add(phrase("When", when.value(), method));
                }
                if (then != null) {
                    phrases.add(phrase("Then", then.value(), method));
                }
                ParameterType parameterType = method.getAnnotation(ParameterType.class);
                if (parameterType != null) {
                    String name = parameterType.name().isEmpty() ? method.getName() : parameterType.name();
                    if ("number".equals(name)) {
                        continue; // shown as STEPS.md's {int} (see phrase)
                    }
                    types.add(new CustomType(name, parameterType.value(), method.getReturnType().getSimpleName()));
                }
            }
        }
        return new StepGlossary(phrases, types);
    }

    private static Phrase phrase(String keyword, String written, Method method) {
        // {number} is STEPS.md's {int}, matching the same text, with a message of its own for a number too large
        String expression = written.replace("{number}", "{int}");
        List<String> types = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(expression);
        while (m.find()) {
            types.add(m.group(1).isEmpty() ? "anonymous" : m.group(1));
        }
        String argument = "";
        Class<?>[] parameters = method.getParameterTypes();
        if (parameters.length > types.size()) {
            Class<?> last = parameters[parameters.length - 1];
            argument = last == DataTable.class || List.class.isAssignableFrom(last) ? "table"
                    : last == DocString.class || last == String.class ? "doc string" : last.getSimpleName();
        }
        return new Phrase(keyword, expression, types, argument, method.getDeclaringClass().getSimpleName());
    }

    /** The expressions of every phrase, as written in the annotations. */
    public List<String> expressions() {
        return phrases.stream().map(Phrase::expression).toList();
    }
}
