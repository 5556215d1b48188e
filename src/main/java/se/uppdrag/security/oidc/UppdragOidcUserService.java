package se.uppdrag.security.oidc;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Loads the provider's user (ID token and user info) and lets it in only as a matched person with a login. */
final class UppdragOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService leverantoren = new OidcUserService();
    private final OidcMatchning matchning;

    UppdragOidcUserService(OidcMatchning matchning) {
        this.matchning = matchning;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var anvandare = leverantoren.loadUser(request);
        return new OidcInloggning(anvandare, matchning.matcha(anvandare.getClaims()));
    }
}
