package se.uppdrag.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProduktionskravTest {

    private final Produktionskrav krav = new Produktionskrav();

    @Test
    void a_production_start_without_its_settings_is_refused_naming_each_missing_one() {
        var miljo = new MockEnvironment().withProperty("DB_URL", "jdbc:mariadb://db/uppdrag").withProperty("DB_USER", "u");
        miljo.setActiveProfiles("prod");

        assertThatThrownBy(() -> krav.postProcessEnvironment(miljo, new SpringApplication()))
                .isInstanceOf(SaknadeInstallningarException.class)
                .hasMessageContaining("DB_PASSWORD, SMTP_HOST, BASE_URL saknas")
                .hasMessageNotContaining("DB_URL,");
    }

    @Test
    void a_production_start_with_every_setting_goes_ahead_even_with_an_empty_password() {
        var miljo = new MockEnvironment();
        Produktionskrav.KRAVS.forEach(namn -> miljo.setProperty(namn, "x"));
        miljo.setProperty("DB_PASSWORD", "");
        miljo.setActiveProfiles("prod");

        assertThatCode(() -> krav.postProcessEnvironment(miljo, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void the_demo_and_the_tests_need_none_of_the_production_settings() {
        var miljo = new MockEnvironment();
        miljo.setActiveProfiles("dev");

        assertThatCode(() -> krav.postProcessEnvironment(miljo, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void the_refusal_is_reported_as_one_line_without_a_stack_trace() {
        var fel = new ByteArrayOutputStream();
        var tidigare = System.err;
        System.setErr(new PrintStream(fel, true, StandardCharsets.UTF_8));
        boolean rapporterad;
        try {
            rapporterad = new SaknadeInstallningarRapport(null).reportException(
                    new IllegalStateException("wrapped", new SaknadeInstallningarException(java.util.List.of("SMTP_HOST"))));
        } finally {
            System.setErr(tidigare);
        }

        assertThat(rapporterad).isTrue();
        assertThat(fel.toString(StandardCharsets.UTF_8).strip()).hasLineCount(1).contains("SMTP_HOST saknas")
                .doesNotContain("Exception");
        assertThat(new SaknadeInstallningarRapport(null).reportException(new IllegalStateException("annat"))).isFalse();
    }
}
