package com.profitsentinel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Other modules see the store through {@link Database} and {@link DatabaseSettings}, never a {@code java.sql} type. */
class PublicSurfaceTest {
    @Test
    void entryPointSignaturesHaveNoJdbcTypes() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : List.of(
                Database.class,
                DatabaseSettings.class,
                DatabaseSettings.Embedded.class,
                DatabaseSettings.Postgresql.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                Stream.concat(Stream.of(method.getReturnType()), Arrays.stream(method.getParameterTypes()))
                        .filter(used -> used.getName().startsWith("java.sql.")
                                || used.getName().startsWith("javax.sql."))
                        .forEach(used -> leaks.add(type.getSimpleName() + "." + method.getName() + " uses " + used));
            }
        }

        assertThat(leaks).isEmpty();
    }
}
