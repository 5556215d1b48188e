package se.uppdrag.security.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one client registration, read from the issuer's discovery document on first use instead of at start: the
 * application starts while the provider is down, and a sign-in then fails with a message (and is tried again, at
 * most every half minute) instead of the start failing.
 */
final class LatRegistrering implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(LatRegistrering.class);
    private static final Duration VANTA = Duration.ofSeconds(30);

    private final OidcEgenskaper egenskaper;
    private final Clock klocka;
    private volatile @Nullable ClientRegistration registrering;
    private volatile Instant nastaForsok = Instant.MIN;

    LatRegistrering(OidcEgenskaper egenskaper, Clock klocka) {
        this.egenskaper = egenskaper;
        this.klocka = klocka;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String id) {
        if (!egenskaper.registreringsId().equals(id)) {
            return null;
        }
        var kand = registrering;
        return kand != null ? kand : hamta();
    }

    private synchronized @Nullable ClientRegistration hamta() {
        if (registrering == null && !klocka.instant().isBefore(nastaForsok)) {
            try {
                registrering = ClientRegistrations.fromIssuerLocation(egenskaper.issuerUri())
                        .registrationId(egenskaper.registreringsId())
                        .clientId(egenskaper.clientId())
                        .clientSecret(egenskaper.clientSecret())
                        .scope(egenskaper.scopes())
                        .clientName(egenskaper.namn())
                        .build();
                log.info("OpenID Connect: provider {} found at {}", egenskaper.namn(), egenskaper.issuerUri());
            } catch (RuntimeException nere) {
                nastaForsok = klocka.instant().plus(VANTA);
                log.warn("OpenID Connect: the provider at {} cannot be reached ({}); sign-in is tried again in {} s",
                        egenskaper.issuerUri(), nere.getMessage(), VANTA.toSeconds());
            }
        }
        return registrering;
    }
}
