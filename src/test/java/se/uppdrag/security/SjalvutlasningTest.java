package se.uppdrag.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.junit.jupiter.api.Test;
import se.uppdrag.security.internal.AnvandareEntity;
import se.uppdrag.security.internal.AnvandareRepository;

/** The last active administrator: on a shared test database there are always others, so the count is given here. */
class SjalvutlasningTest {

    private final AnvandareRepository repository = mock(AnvandareRepository.class);
    private final CurrentUser ingen = mock(CurrentUser.class);
    private final Sjalvutlasning skydd = new Sjalvutlasning(repository, ingen);
    private final AnvandareEntity admin = new AnvandareEntity("sista", "x", 1, Set.of(Roller.ANVANDARE, Roller.ADMINISTRATOR));

    @Test
    void the_last_active_administrator_can_be_neither_demoted_nor_disabled() {
        when(ingen.get()).thenReturn(java.util.Optional.empty());
        when(repository.antalAktivaMedRoll(Roller.ADMINISTRATOR)).thenReturn(1L);
        assertThatThrownBy(() -> skydd.fortsattAdministrator(admin))
                .hasMessage("Det här är den sista aktiva administratören. Ge någon annan rollen Administratör först.");
        assertThatThrownBy(() -> skydd.fortsattAktiv(admin)).isInstanceOf(Regelbrott.class);
    }

    @Test
    void with_a_second_active_administrator_either_is_allowed() {
        when(ingen.get()).thenReturn(java.util.Optional.empty());
        when(repository.antalAktivaMedRoll(Roller.ADMINISTRATOR)).thenReturn(2L);
        assertThatCode(() -> skydd.fortsattAdministrator(admin)).doesNotThrowAnyException();
        assertThatCode(() -> skydd.fortsattAktiv(admin)).doesNotThrowAnyException();
    }
}
