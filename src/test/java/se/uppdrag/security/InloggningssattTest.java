package se.uppdrag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.security.oidc.OidcEgenskaper;

class InloggningssattTest {

    @Test
    void with_single_sign_on_on_the_login_page_offers_the_provider_by_name_and_its_sign_in_address() {
        var satt = new Inloggningssatt(false, oidc(true));

        assertThat(satt.losenord()).isFalse();
        assertThat(satt.oidc()).contains(new Inloggningssatt.Leverantor("Region Exempels inloggning",
                "oauth2/authorization/region"));
    }

    @Test
    void without_single_sign_on_only_the_password_is_offered() {
        assertThat(new Inloggningssatt(true, oidc(false)).oidc()).isEmpty();
    }

    @Test
    void passwords_off_without_single_sign_on_stops_the_start_since_nobody_could_sign_in() {
        assertThatThrownBy(() -> new Inloggningssatt(false, oidc(false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nobody can sign in");
    }

    private static OidcEgenskaper oidc(boolean pa) {
        return new OidcEgenskaper(pa, "region", "https://sso.example/realms/region", "uppdrag", null,
                "Region Exempels inloggning", List.of("openid"),
                new OidcEgenskaper.Identifiering("email", OidcEgenskaper.Falt.EPOST),
                new OidcEgenskaper.Rollmappning(null, List.of(), List.of(), List.of()), false);
    }
}
