package vn.loa.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The pages the HTTP server would answer itself, in English or with no body: an address no route serves (404) and a
 * method its route does not take (405, with {@code Allow}), in the language of the messages ({@code web.error.*}).
 */
final class ErrorPages {

    private static final Pattern PARAMETER = Pattern.compile(":[^/]+");

    private ErrorPages() {
    }

    /** Makes {@code router} answer 404 and 405 with these pages. */
    static void install(Router router) {
        router.errorHandler(404, context -> answer(context, router));
        router.errorHandler(405, context -> answer(context, router));
    }

    private static void answer(RoutingContext context, Router router) {
        if (context.response().ended()) {
            return;
        }
        Set<String> allowed = new TreeSet<>();
        for (Route route : router.getRoutes()) {
            if (route.getPath() != null && pattern(route.getPath()).matcher(context.normalizedPath()).matches()) {
                route.methods().stream().map(HttpMethod::name).forEach(allowed::add);
            }
        }
        boolean wrongMethod = !allowed.isEmpty() && !allowed.contains(context.request().method().name());
        String html = wrongMethod ? Pages.error("web.error.method.title", "web.error.method.text")
                : Pages.error("web.error.not_found.title", "web.error.not_found.text");
        if (wrongMethod) {
            context.response().putHeader(HttpHeaders.ALLOW, String.join(", ", allowed));
        }
        context.response().setStatusCode(wrongMethod ? 405 : 404)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .end(Buffer.buffer(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code /feeds/:unit/:file} as a pattern of the paths it serves. */
    private static Pattern pattern(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        StringBuilder regex = new StringBuilder();
        int at = 0;
        var m = PARAMETER.matcher(trimmed);
        while (m.find()) {
            regex.append(Pattern.quote(trimmed.substring(at, m.start()))).append("[^/]+");
            at = m.end();
        }
        regex.append(Pattern.quote(trimmed.substring(at))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
