package se.uppdrag.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A region's first day, on the production jar and a database of its own: the administrator from the environment
 * builds the unit tree, imports the directory from a CSV file, gives logins and roles; a new handläggare sets a
 * password from the mailed link, writes an uppdrag with the imported people and sends it för beslut.
 */
@ExtendWith(Chromium.Extension.class)
class NyinstallationIT {

    @Test
    void an_administrator_from_the_environment_signs_in_to_an_empty_installation(@TempDir Path katalog, Chromium chromium)
            throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try (var installation = new Nyinstallation(katalog);
                var administrator = new Fonster(chromium, installation.adress())) {
            administrator.loggaIn(Nyinstallation.ADMINISTRATOR, Nyinstallation.ADMINISTRATORSLOSENORD);
            var sida = administrator.sida();
            assertThat(sida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mina uppgifter").setLevel(1))).isVisible();
            assertThat(sida.locator(".inloggad")).hasText("Frida Förvaltare");
            assertThat(administrator.tommaFel()).isEmpty();
            assertThat(installation.loggrader().stream().filter(rad -> rad.contains(" ERROR "))).isEmpty();
        }
    }
}
