package se.uppdrag.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every text of the login views and refusals is there in Swedish and in English. */
class InloggningstexterTest {

    private static Set<String> nycklar(String fil) throws IOException {
        var texter = new Properties();
        try (var in = new InputStreamReader(InloggningstexterTest.class.getResourceAsStream("/vaadin-i18n/" + fil),
                StandardCharsets.UTF_8)) {
            texter.load(in);
        }
        return texter.stringPropertyNames().stream().filter(n -> n.startsWith("inloggning.") || n.startsWith("losenord."))
                .collect(Collectors.toSet());
    }

    @Test
    void the_swedish_and_the_english_texts_have_the_same_keys() throws IOException {
        var svenska = nycklar("translations.properties");
        assertThat(svenska).hasSizeGreaterThan(50).contains("losenord.fel.kort", "inloggning.fel.sista-administrator");
        assertThat(nycklar("translations_en.properties")).isEqualTo(svenska);
    }
}
