package se.uppdrag.personer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import se.uppdrag.security.Roller;

/**
 * The directory's views name the administrator role by its string (personer uses no other feature module), so this
 * keeps that string the role that security hands out.
 */
class KatalogvyernasRollTest {

    @Test
    void every_directory_view_is_for_administrators_only() {
        var vyer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.uppdrag.personer").stream()
                .filter(klass -> klass.isAnnotatedWith(Route.class)).map(klass -> klass.reflect()).toList();
        assertThat(vyer).isNotEmpty();
        for (var vy : vyer) {
            assertThat(vy.getAnnotation(RolesAllowed.class).value()).as(vy.getSimpleName()).containsExactly(Roller.ADMINISTRATOR);
        }
    }
}
