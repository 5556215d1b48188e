package se.uppdrag.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.OidcLeverantor;

class LatRegistreringTest {

    @Test
    void a_provider_that_cannot_be_reached_gives_no_registration_instead_of_an_error() {
        var nere = new LatRegistrering(egenskaper("http://127.0.0.1:9/region"), Clock.systemUTC());

        assertThat(nere.findByRegistrationId("region")).isNull();
    }

    @Test
    void a_reachable_provider_gives_the_registration_from_its_discovery_document_under_the_configured_id_only() {
        var uppe = new LatRegistrering(egenskaper(OidcLeverantor.issuer()), Clock.systemUTC());

        var registrering = uppe.findByRegistrationId("region");

        assertThat(registrering).isNotNull();
        assertThat(registrering.getClientId()).isEqualTo("uppdrag");
        assertThat(registrering.getProviderDetails().getAuthorizationUri()).startsWith(OidcLeverantor.issuer());
        assertThat(registrering.getScopes()).containsExactlyInAnyOrder("openid", "email");
        assertThat(uppe.findByRegistrationId("annan")).isNull();
    }

    private static OidcEgenskaper egenskaper(String issuer) {
        return new OidcEgenskaper(true, "region", issuer, "uppdrag", "hemligt", "Region", List.of("openid", "email"),
                new OidcEgenskaper.Identifiering("email", OidcEgenskaper.Falt.EPOST),
                new OidcEgenskaper.Rollmappning(null, List.of(), List.of(), List.of()), false);
    }
}
