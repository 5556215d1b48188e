package se.uppdrag.security.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import se.uppdrag.security.Inloggad;
import se.uppdrag.security.InloggadPrincipal;

/** The principal of a logged-in user. Keeps only what is needed, never the entity. */
public record UppdragUserDetails(Inloggad inloggad, String passwordHash, boolean enabled)
        implements UserDetails, InloggadPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return inloggad.roller().stream().map(roll -> new SimpleGrantedAuthority("ROLE_" + roll)).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return inloggad.anvandarnamn();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    List<String> roller() {
        return List.copyOf(inloggad.roller());
    }
}
