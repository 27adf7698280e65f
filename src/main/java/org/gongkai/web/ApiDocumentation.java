package org.gongkai.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.Role;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The OpenAPI 3 description of {@code /api/**}, served by springdoc at {@code /v3/api-docs} (and {@code .yaml}).
 * Who may call an operation is not annotated on controllers: it is read from the same {@link AccessRules} the
 * security filter chain is built from, so the description cannot drift from what is enforced. Public operations
 * carry no security requirement; all others require a personal API token as an HTTP bearer. Every operation gets
 * the shared RFC 9457 problem responses.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    @Bean
    AccessRules apiDocsAccessRules() {
        return () -> List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/v3/api-docs"),
                AccessRule.publicAccess(HttpMethod.GET, "/v3/api-docs.yaml"),
                AccessRule.publicAccess(HttpMethod.GET, "/v3/api-docs/**"));
    }

    @Bean
    OpenAPI gongkaiOpenApi(@Value("${spring.application.version:dev}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("Gongkai API")
                        .version(version)
                        .description("""
                                政务公开与政务服务平台的 JSON 接口：机构、工作日历、主动公开目录与检索、依申请公开、\
                                收费、年度报告。公开接口无需登录；工作人员接口需在 `Authorization: Bearer gk_…` 中携带\
                                个人 API 令牌（在控制台“API 令牌”页面签发）。错误按 RFC 9457 返回 \
                                `application/problem+json`，`code` 为稳定的错误码，`field` 指出出错的输入项。

                                JSON API of Gongkai, the government openness and services platform: organisation, \
                                working-day calendar, the disclosure catalogue and search, requests for disclosure, \
                                fees and annual reports. Public operations need no sign-in; staff operations need a \
                                personal API token (`gk_…`, issued in the console) as an HTTP bearer token. Errors \
                                are RFC 9457 problem JSON with a stable `code` and, where one input caused it, `field`.""")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .servers(List.of(new Server().url("/").description("本站 / this site")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("gk_…")
                                .description("个人 API 令牌 / personal API token"))
                        .addSchemas(PROBLEM, problemSchema())
                        .addResponses("BadRequest", problemResponse("请求内容有误 / invalid request"))
                        .addResponses("Unauthorized", problemResponse("未登录或令牌无效 / missing or invalid token"))
                        .addResponses("Forbidden", problemResponse("没有权限 / not allowed"))
                        .addResponses("NotFound", problemResponse("未找到 / not found")));
    }

    /** Security and problem responses for every operation, from the access rules of all modules. */
    @Bean
    OpenApiCustomizer accessRulesCustomizer(ObjectProvider<AccessRules> modules) {
        return openApi -> {
            List<AccessRule> rules = AccessRule.mostSpecificFirst(modules.orderedStream());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                AccessRule rule = firstMatching(rules, path, method);
                boolean isPublic = rule != null && rule.access() == AccessRule.Access.PUBLIC;
                if (!isPublic) {
                    operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                    if (rule != null && rule.access() == AccessRule.Access.ROLES) {
                        operation.addExtension("x-roles", rule.roles().stream().map(Role::name).sorted().toList());
                    }
                }
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                operation.setResponses(responses);
                addIfAbsent(responses, "400", "BadRequest");
                if (!isPublic) {
                    addIfAbsent(responses, "401", "Unauthorized");
                    addIfAbsent(responses, "403", "Forbidden");
                }
                if (path.contains("{")) {
                    addIfAbsent(responses, "404", "NotFound");
                }
                freeFormQueryParameters(operation);
            }));
        };
    }

    /**
     * Request bodies springdoc cannot see (a handler reading the raw {@code InputStream}, or a second handler for the
     * same path and method that differs only in {@code consumes}): every media type a handler consumes is listed.
     */
    @Bean
    OpenApiCustomizer consumedMediaTypesCustomizer(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            mappings.getObject().getHandlerMethods().keySet().forEach(info -> {
                var consumes = info.getConsumesCondition().getConsumableMediaTypes();
                if (consumes.isEmpty()) {
                    return;
                }
                for (String pattern : info.getPatternValues()) {
                    for (var method : info.getMethodsCondition().getMethods()) {
                        Operation operation = operation(openApi, pattern, method.name());
                        if (operation == null) {
                            continue;
                        }
                        if (operation.getRequestBody() == null) {
                            operation.setRequestBody(new RequestBody().required(true));
                        }
                        if (operation.getRequestBody().getContent() == null) {
                            operation.getRequestBody().setContent(new Content());
                        }
                        Content content = operation.getRequestBody().getContent();
                        consumes.forEach(type -> content.computeIfAbsent(type.toString(),
                                t -> new MediaType().schema(new StringSchema().format("binary"))));
                    }
                }
            });
        };
    }

    /** The described operation for a Spring path pattern, path variables compared by position only. */
    static Operation operation(OpenAPI openApi, String pattern, String method) {
        String wanted = withoutVariableNames(pattern);
        for (var entry : openApi.getPaths().entrySet()) {
            if (withoutVariableNames(entry.getKey()).equals(wanted)) {
                Operation operation = entry.getValue().readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
                if (operation != null) {
                    return operation;
                }
            }
        }
        return null;
    }

    static String withoutVariableNames(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    /** The rule the security filter chain applies to an operation (first match, most specific first). */
    static AccessRule firstMatching(List<AccessRule> rules, String path, PathItem.HttpMethod method) {
        PathContainer container = PathContainer.parsePath(path);
        for (AccessRule rule : rules) {
            boolean methodMatches = rule.method() == null || rule.method().name().equals(method.name());
            if (methodMatches && PathPatternParser.defaultInstance.parse(rule.pattern()).matches(container)) {
                return rule;
            }
        }
        return null;
    }

    /** {@code @RequestParam Map<..>} means "any query parameters", described as an optional exploded form object. */
    private static void freeFormQueryParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(p -> "query".equals(p.getIn()) && p.getSchema() != null
                        && p.getSchema().getAdditionalProperties() != null)
                .forEach(p -> p.required(false).style(Parameter.StyleEnum.FORM).explode(true));
    }

    private static void addIfAbsent(ApiResponses responses, String status, String component) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + component));
        }
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri-reference").example("/problems/validation-failed"));
        properties.put("title", new StringSchema().example(ErrorCode.VALIDATION_FAILED.message()));
        properties.put("status", new IntegerSchema().example(400));
        properties.put("detail", new StringSchema().description("中文说明 / Chinese explanation for the user"));
        properties.put("instance", new StringSchema().format("uri-reference"));
        StringSchema code = new StringSchema();
        code.setEnum(Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toList()));
        properties.put("code", code.description("稳定的错误码 / stable error code:\n\n" + Arrays.stream(ErrorCode.values())
                .map(c -> "- `" + c.name() + "` (" + c.status().value() + ") " + c.message())
                .collect(Collectors.joining("\n"))));
        properties.put("field", new StringSchema().description("出错的输入项 / the input that caused it, if one did"));
        ObjectSchema schema = new ObjectSchema();
        schema.setProperties(properties);
        schema.setRequired(List.of("type", "title", "status", "code"));
        schema.setDescription("RFC 9457 problem details with Gongkai's `code` and `field`");
        return schema;
    }
}
