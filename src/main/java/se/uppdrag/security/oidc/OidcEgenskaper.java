package se.uppdrag.security.oidc;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with OpenID Connect, {@code uppdrag.oidc.*}: the provider (issuer, client id and secret, from the
 * environment in production), its name on the login button, the claim that identifies a person, the claim whose
 * values grant roles, and whether an unknown user gets a person and a login just in time.
 *
 * @param registreringsId the id of the client registration: the last part of the redirect URI
 *        {@code {BASE_URL}/login/oauth2/code/{registreringsId}}
 * @param namn the provider as the login button names it ("Logga in med …")
 * @param skapaOkanda just-in-time creation: an unknown user with name and e-mail claims gets a person and a login
 */
@ConfigurationProperties("uppdrag.oidc")
public record OidcEgenskaper(boolean enabled, @DefaultValue("region") String registreringsId,
        @Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret,
        @DefaultValue("Region Exempels inloggning") String namn,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue Identifiering identifiering, @DefaultValue Rollmappning roller, boolean skapaOkanda) {

    /** Which person field a claim's value is compared with. */
    public enum Falt {
        /** The person's e-mail address, without regard to case. */
        EPOST,
        /** The person's employee or HSA id. */
        ANSTALLNINGS_ID
    }

    /** The claim that identifies a person (e.g. {@code email}, {@code hsa_id}) and the person field it matches. */
    public record Identifiering(@DefaultValue("email") String claim, @DefaultValue("EPOST") Falt falt) {
    }

    /**
     * The claim whose values grant roles ({@code groups} in Entra ID, {@code roles} or {@code realm_access.roles} in
     * Keycloak; a dot walks into a nested claim) and the values that grant each role. Without a claim the roles are
     * the login's own, as an administrator set them.
     */
    public record Rollmappning(@Nullable String claim, @DefaultValue List<String> handlaggare,
            @DefaultValue List<String> registrator, @DefaultValue List<String> administrator) {

        public boolean aktiv() {
            return claim != null && !claim.isBlank();
        }
    }
}
