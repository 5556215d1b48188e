package se.uppdrag.security.oidc;

import java.io.Serial;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import se.uppdrag.security.Inloggad;
import se.uppdrag.security.InloggadPrincipal;

/** The principal of a user signed in with OpenID Connect: the provider's user, matched to a person and a login. */
final class OidcInloggning implements OidcUser, InloggadPrincipal, java.io.Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private final OidcUser leverantorens;
    private final Inloggad inloggad;

    OidcInloggning(OidcUser leverantorens, Inloggad inloggad) {
        this.leverantorens = leverantorens;
        this.inloggad = inloggad;
    }

    @Override
    public Inloggad inloggad() {
        return inloggad;
    }

    /** The login name, as the security log and Spring Security name the user. */
    @Override
    public String getName() {
        return inloggad.anvandarnamn();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return inloggad.roller().stream().map(roll -> new SimpleGrantedAuthority("ROLE_" + roll)).toList();
    }

    @Override
    public Map<String, Object> getClaims() {
        return leverantorens.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return leverantorens.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return leverantorens.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return leverantorens.getAttributes();
    }
}
