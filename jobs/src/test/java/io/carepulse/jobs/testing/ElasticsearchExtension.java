package io.carepulse.jobs.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives integration tests a real Elasticsearch node: {@code @ExtendWith(ElasticsearchExtension.class)},
 * then take a {@link TestElasticsearch} parameter. One node per test JVM, started through
 * scripts/elasticsearch.sh (the same path as the command line) on a free port with its own
 * folder, and stopped after the last test; tests keep apart by index prefix.
 */
public final class ElasticsearchExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ElasticsearchExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        node(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestElasticsearch.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return node(extensionContext);
    }

    private static TestElasticsearch node(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(TestElasticsearch.class, key -> TestElasticsearch.start(), TestElasticsearch.class);
    }
}
